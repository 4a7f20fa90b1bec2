/// The HTML comments that delimit an output block in a Markdown copy. HTML comments are invisible
/// on every forge, so the block shows only its fenced text and images.
enum OutputMarkers {
    static let start = "<!-- alinea:output -->"
    static let end = "<!-- /alinea:output -->"

    /// Whether `line` is the start marker (trailing whitespace ignored).
    static func isStart(_ line: String) -> Bool { trimmed(line) == start }

    /// Whether `line` is the end marker (trailing whitespace ignored).
    static func isEnd(_ line: String) -> Bool { trimmed(line) == end }

    private static func trimmed(_ line: String) -> Substring {
        var s = Substring(line)
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
