/// One top-level piece of a notebook, in file order.
public enum NotebookBlock: Equatable, Sendable {
    /// Markdown text between cells, exactly as written (line endings included).
    case prose(String)
    /// A fenced block of another language, left alone.
    case code(FencedCode)
    /// A cell that runs.
    case cell(NotebookCell)

    /// The exact source text of the block.
    public var raw: String {
        switch self {
        case .prose(let text): return text
        case .code(let block): return block.raw
        case .cell(let cell): return cell.raw
        }
    }
}
