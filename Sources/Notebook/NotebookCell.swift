/// A code cell: a fenced block whose info string starts with the word `alinea`.
public struct NotebookCell: Equatable, Sendable {
    /// 0-based position among the notebook's cells.
    public var index: Int
    /// The source: content lines joined with `\n` (no trailing newline, no `\r`).
    public var code: String
    /// Options from the info string.
    public var options: CellOptions
    /// The full info string after the fence, trimmed: `alinea {hide}`.
    public var info: String
    /// 1-based line of the opening fence; "cell at nb.md:LINE" messages use it.
    public var line: Int
    /// 1-based line of the first code line (`line + 1`), passed to the executor.
    public var firstCodeLine: Int
    /// The exact source text, from the opening fence through the closing one.
    public var raw: String

    /// A cell with the given parts.
    public init(index: Int, code: String, options: CellOptions, info: String, line: Int, raw: String) {
        self.index = index
        self.code = code
        self.options = options
        self.info = info
        self.line = line
        self.firstCodeLine = line + 1
        self.raw = raw
    }
}
