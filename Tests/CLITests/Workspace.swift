import Foundation
import TestSupport

/// A temporary directory to put scripts and notebooks in, removed when released.
final class Workspace {
    /// The directory (absolute).
    let directory: TemporaryDirectory

    /// A fresh, empty workspace.
    init() throws {
        directory = try TemporaryDirectory(prefix: "alinea-cli")
    }

    /// The workspace's path.
    var path: String { directory.path }

    /// Writes `text` to `name` (which may contain directories) and returns the absolute path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let full = directory.file(name)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
        return full
    }

    /// The contents of `name`, or nil when it does not exist.
    func read(_ name: String) -> String? {
        try? String(contentsOfFile: directory.file(name), encoding: .utf8)
    }

    /// The bytes of `name`, or nil when it does not exist.
    func bytes(_ name: String) -> Data? {
        FileManager.default.contents(atPath: directory.file(name))
    }
}
