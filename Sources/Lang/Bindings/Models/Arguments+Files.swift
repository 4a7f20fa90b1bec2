import Engine
import Foundation

/// File-path arguments and file errors.
extension Arguments {
    /// The i-th value as a file path.
    func filePath(_ i: Int) throws -> FilePath {
        let raw = try string(i)
        guard !raw.isEmpty else { throw RuntimeError("\(builtin.name)() argument '\(parameterName(i))' is an empty path") }
        var path = raw
        if path == "~" || path.hasPrefix("~/") { path = NSString(string: path).expandingTildeInPath }
        if path.hasPrefix("/") { return FilePath(shown: raw, full: path) }
        let base = context.site?.file.directory ?? FileManager.default.currentDirectoryPath
        let joined = URL(fileURLWithPath: base + "/" + path).standardizedFileURL.path
        return FilePath(shown: raw, full: joined)
    }

    /// Runs file work on `path.full`, turning data, checkpoint and engine errors into runtime errors
    /// that name this builtin and the path as the user wrote it (`load_jsonl(): bad.jsonl:3: ...`).
    func withFile<T>(_ path: FilePath, _ body: (String) throws -> T) throws -> T {
        do {
            return try body(path.full)
        } catch let e as RuntimeError {
            throw e
        } catch let e as DataError {
            let location = e.path == path.full ? path.shown : e.path
            throw RuntimeError("\(builtin.name)(): \(location)\(e.line.map { ":\($0)" } ?? ""): \(e.reason)")
        } catch let e as CheckpointError {
            throw RuntimeError("\(builtin.name)(): \(e.path == path.full ? path.shown : e.path): \(e.reason)")
        } catch let e as TensorError {
            throw RuntimeError("\(builtin.name)(): \(path.shown): \(e.reason)")
        } catch {
            throw RuntimeError("\(builtin.name)(): \(path.shown): \(error)")
        }
    }
}
