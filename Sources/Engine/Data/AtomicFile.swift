import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Atomic file replacement: write a temporary file in the destination's directory, flush it to disk,
/// then `rename` it over the destination. A crash or error mid-write leaves the previous file intact
/// (rename within one directory is atomic on POSIX file systems) and removes the temporary file.
enum AtomicFile {
    /// Writes `data` to `path` atomically.
    static func write(_ data: Data, to path: String) throws {
        try write(to: path) { handle in try handle.write(contentsOf: data) }
    }

    /// Writes `text` as UTF-8 to `path` atomically.
    static func write(text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Calls `body` with a handle on a fresh temporary file, then moves it over `path`. If `body`
    /// throws, its error propagates unchanged and `path` is untouched.
    static func write(to path: String, _ body: (FileHandle) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw DataError(path: path, "is a directory, not a file")
        }
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DataError(path: path, "cannot write: directory \(directory) does not exist")
        }
        let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        let temporary = directory + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(suffix)"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw DataError(path: path, "cannot create a temporary file in \(directory): \(String(cString: strerror(errno)))")
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var committed = false
        defer { if !committed { unlink(temporary) } }
        do {
            try body(handle)
            try handle.synchronize()
            try handle.close()
        } catch let error as CocoaError {
            throw DataError(path: path, "write failed: \(error.localizedDescription)")
        }
        guard rename(temporary, path) == 0 else {
            throw DataError(path: path, "cannot replace the file: \(String(cString: strerror(errno)))")
        }
        committed = true
        syncDirectory(directory)
    }

    /// Flushes the directory entry so the rename itself survives a power loss (best effort).
    private static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}
