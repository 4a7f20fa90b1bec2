import Engine
import Foundation

/// A file path given to a builtin: as the user wrote it (for messages) and resolved (for the file
/// system). A relative path resolves against the directory of the script that makes the call, so
/// a script finds its data wherever it is run from; code without a file (REPL lines, notebook
/// cells without a path) resolves against the working directory.
struct FilePath {
    /// The path as written, used in error messages.
    let shown: String
    /// The absolute path.
    let full: String
}

/// A per-process scratch directory for `temp_path`, made on first use (mkdtemp, so it is private
/// and unique even when several test processes run at once).
let scratchDirectory: Result<String, RuntimeError> = {
    var template = Array((FileManager.default.temporaryDirectory.path + "/alinea-XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer -> Bool in
        guard let base = buffer.baseAddress else { return false }
        return mkdtemp(base) != nil
    }
    guard made else { return .failure(RuntimeError("temp_path(): cannot create a temporary directory")) }
    return .success(String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
}()
