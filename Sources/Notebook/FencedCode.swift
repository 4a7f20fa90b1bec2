/// A fenced code block that is not a cell (another language, or no info string): it is prose
/// to the notebook, but the HTML renderer draws it itself because Ink knows only backtick fences.
public struct FencedCode: Equatable, Sendable {
    /// The info string after the fence, trimmed.
    public var info: String
    /// The content lines joined with `\n`, indentation of the fence removed.
    public var code: String
    /// 1-based line of the opening fence.
    public var line: Int
    /// The exact source text, fences and line endings included.
    public var raw: String

    /// A block with the given parts.
    public init(info: String, code: String, line: Int, raw: String) {
        self.info = info
        self.code = code
        self.line = line
        self.raw = raw
    }

    /// The first word of the info string: the language name.
    public var language: String {
        String(info.prefix { !$0.isWhitespace && $0 != "{" })
    }
}
