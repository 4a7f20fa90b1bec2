import Foundation

/// Writing the files that `plot(..., "x.svg")`, `graph(t, "x.png")` and `.save(path)` produce.
enum DisplayFiles {
    /// The lowercase extension of a path's last component, without the dot; empty when none.
    static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...]).lowercased()
    }

    /// Writes `bytes` to `path` (relative paths start at the working directory, which the CLI
    /// sets to the script's or notebook's directory). The write is atomic: a temporary file
    /// renamed into place, so a reader never sees half a picture.
    static func write(_ bytes: [UInt8], to path: String) throws {
        try checkDirectory(of: path)
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw RuntimeError("cannot write '\(path)': \(error.localizedDescription)")
        }
    }

    /// Fails with a plain message when the file's directory does not exist, which Foundation
    /// would otherwise report as a vague "the file doesn't exist".
    static func checkDirectory(of path: String) throws {
        guard !path.isEmpty else { throw RuntimeError("the file name is empty") }
        let directory = (path as NSString).deletingLastPathComponent
        guard !directory.isEmpty else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RuntimeError("cannot write '\(path)': no such directory '\(directory)'")
        }
    }
}
