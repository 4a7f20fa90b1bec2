/// An opening code fence as CommonMark defines it: up to three spaces of indentation, then at
/// least three backticks or tildes, then an info string (which, for backtick fences, may not
/// contain a backtick).
struct Fence: Equatable {
    /// Spaces before the fence; the same amount is removed from content lines.
    var indent: Int
    /// `` ` `` or `~`.
    var character: Character
    /// Number of fence characters (≥ 3); the closing fence needs at least as many.
    var length: Int
    /// The info string, trimmed.
    var info: String
    /// 0-based character offset of the info string in the line, for error columns.
    var infoOffset: Int

    /// The fence opened by `line`, if it opens one.
    static func opening(_ line: String) -> Fence? {
        let chars = Array(line)
        var i = 0
        while i < chars.count, chars[i] == " " { i += 1 }
        guard i <= 3, i < chars.count, chars[i] == "`" || chars[i] == "~" else { return nil }
        let indent = i
        let ch = chars[i]
        while i < chars.count, chars[i] == ch { i += 1 }
        let length = i - indent
        guard length >= 3 else { return nil }
        while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 }
        let infoStart = i
        var info = String(chars[infoStart...])
        while let last = info.last, last == " " || last == "\t" { info.removeLast() }
        if ch == "`", info.contains("`") { return nil }
        return Fence(indent: indent, character: ch, length: length, info: info, infoOffset: infoStart)
    }

    /// Whether `line` closes this fence: same character, at least as long, nothing after it.
    func isClosed(by line: String) -> Bool {
        let chars = Array(line)
        var i = 0
        while i < chars.count, chars[i] == " " { i += 1 }
        guard i <= 3 else { return false }
        let start = i
        while i < chars.count, chars[i] == character { i += 1 }
        guard i - start >= length else { return false }
        while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 }
        return i == chars.count
    }

    /// `line` with up to `indent` leading spaces removed, as CommonMark does for fenced content.
    func strippingIndent(_ line: String) -> String {
        var s = Substring(line)
        var n = 0
        while n < indent, s.first == " " {
            s = s.dropFirst()
            n += 1
        }
        return String(s)
    }

    /// Whether the info string makes this a cell: its first word is exactly `alinea`.
    var isCell: Bool {
        info.prefix { !$0.isWhitespace && $0 != "{" } == "alinea"
    }
}
