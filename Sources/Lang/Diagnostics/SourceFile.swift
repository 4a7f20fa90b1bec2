/// A named piece of Alinea source text with a precomputed table of line starts.
///
/// The text is kept as UTF-8 bytes because the lexer works on bytes and because a file read
/// from disk may be invalid UTF-8, which must be reported at a location rather than repaired.
public final class SourceFile: Sendable {
    /// Display name used in diagnostics, for example `script.aln` or `<repl>`.
    public let name: String
    /// Filesystem path the text was read from, if any; imports resolve relative to its directory.
    public let path: String?
    /// The raw UTF-8 bytes of the text.
    public let bytes: [UInt8]
    /// Byte offset of the first byte of each line; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    /// Creates a source file from a Swift string.
    public convenience init(name: String, text: String, path: String? = nil) {
        self.init(name: name, bytes: Array(text.utf8), path: path)
    }

    /// Creates a source file from raw bytes, which need not be valid UTF-8.
    public init(name: String, bytes: [UInt8], path: String? = nil) {
        self.name = name
        self.path = path
        self.bytes = bytes
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") {
            starts.append(i + 1)
        }
        self.lineStarts = starts
    }

    /// The text decoded as UTF-8, with invalid sequences replaced (for display only).
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Number of lines (a trailing newline starts an empty last line).
    public var lineCount: Int { lineStarts.count }

    /// The 1-based line and column of a byte offset; columns count Unicode scalars, not bytes.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        // Binary search for the last line start <= offset.
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= clamped { lo = mid } else { hi = mid - 1 }
        }
        var column = 1
        var i = lineStarts[lo]
        while i < clamped {
            // Continuation bytes (10xxxxxx) do not start a new scalar.
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourceLocation(line: lo + 1, column: column, offset: clamped)
    }

    /// The text of a 1-based line without its line terminator, or "" when out of range.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Directory part of `path`, or nil for in-memory sources.
    public var directory: String? {
        guard let path else { return nil }
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
