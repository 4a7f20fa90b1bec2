import Foundation

/// The persistent history: one entry per line, appended as each line is accepted.
///
/// Appending (rather than rewriting the file at exit) lets two sessions share a history without clobbering
/// each other, and keeps what was typed if the process is killed. Entries are stored verbatim except that
/// `\` is written `\\` and a newline `\n`, so a multi-line entry still occupies one line of the file.
struct HistoryFile {
    /// The file's path.
    let path: String
    /// How many entries `load()` keeps (the newest ones).
    let limit: Int

    /// The newest `limit` entries, oldest first; empty when the file is missing or unreadable.
    ///
    /// A file that has grown past twice the limit is rewritten with only the kept entries, so appending
    /// forever does not make start-up slower and slower. A line another session appends between this read
    /// and the rename is lost; that window is a few microseconds once per `limit` entries.
    func load() -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        // Split bytes, not Characters: in Swift "\r\n" is one Character and would hide a line break.
        let entries = data.split(separator: UInt8(ascii: "\n")).compactMap { bytes -> String? in
            let line = bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes
            let entry = Self.decode(Substring(String(decoding: line, as: UTF8.self)))
            return entry.isEmpty ? nil : entry
        }
        let kept = Array(entries.suffix(max(limit, 0)))
        if entries.count > 2 * max(limit, 1) {
            compact(to: kept)
        }
        return kept
    }

    /// Appends one entry with a single `write` on an `O_APPEND` descriptor; false when the file cannot be written.
    @discardableResult
    func append(_ entry: String) -> Bool {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        // One write for the whole line: O_APPEND makes each write atomic with respect to other appenders.
        return Self.writeAll(fd, Array((Self.encode(entry) + "\n").utf8))
    }

    /// Rewrites the file with `entries` through a temporary file and a rename, so a crash leaves the old file.
    private func compact(to entries: [String]) {
        let temporary = path + ".tmp\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        let text = entries.map { Self.encode($0) + "\n" }.joined()
        let written = Self.writeAll(fd, Array(text.utf8))
        close(fd)
        if !written || rename(temporary, path) != 0 {
            unlink(temporary)
        }
    }

    /// Escapes `\` and newlines so the entry fits on one line.
    static func encode(_ entry: String) -> String {
        guard entry.unicodeScalars.contains(where: { $0 == "\\" || $0 == "\n" || $0 == "\r" }) else {
            return entry
        }
        var out = ""
        for scalar in entry.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Reverses `encode`; an unknown escape is kept as written.
    static func decode(_ line: Substring) -> String {
        guard line.contains("\\") else { return String(line) }
        var out = ""
        var escaping = false
        for scalar in line.unicodeScalars {
            if escaping {
                switch scalar {
                case "n": out += "\n"
                case "r": out += "\r"
                case "\\": out += "\\"
                default: out += "\\"; out.unicodeScalars.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        if escaping { out += "\\" }
        return out
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += count
        }
        return true
    }
}
