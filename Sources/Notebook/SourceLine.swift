/// One line of a notebook with its terminator kept, so the text can be rebuilt byte for byte.
struct SourceLine {
    /// The line without its terminator (`\n` or `\r\n`).
    var content: String
    /// The terminator: `"\n"`, `"\r\n"`, or `""` for a last line without one.
    var ending: String
    /// 1-based line number.
    var number: Int

    /// Content plus terminator.
    var raw: String { content + ending }

    /// Splits `text` into lines. Works on UTF-8 bytes because Swift treats `\r\n` as a single
    /// Character, which would hide the `\n` from a Character-level split.
    static func split(_ text: String) -> [SourceLine] {
        let bytes = Array(text.utf8)
        var lines: [SourceLine] = []
        var start = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\n") {
                let crlf = i > start && bytes[i - 1] == UInt8(ascii: "\r")
                let end = crlf ? i - 1 : i
                lines.append(SourceLine(content: String(decoding: bytes[start..<end], as: UTF8.self),
                                        ending: crlf ? "\r\n" : "\n", number: lines.count + 1))
                start = i + 1
            }
            i += 1
        }
        if start < bytes.count {
            lines.append(SourceLine(content: String(decoding: bytes[start...], as: UTF8.self), ending: "", number: lines.count + 1))
        }
        return lines
    }
}
