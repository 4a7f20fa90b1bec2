/// A notebook: a Markdown file whose fenced blocks with info string `alinea …` are code cells.
///
/// The document keeps the exact text of every block, so writing it back without outputs gives the
/// original bytes (line endings, trailing newline or its absence included). Output blocks from a
/// previous `--md` run are not part of the document: the reader drops them, and the writer puts
/// fresh ones in their place.
public struct NotebookDocument: Equatable, Sendable {
    /// The notebook path as the user gave it, used in locations such as `nb.md:14:5`.
    public var file: String
    /// The blocks in file order.
    public var blocks: [NotebookBlock]
    /// The line ending used for text the writer adds: `\r\n` if the file's first line ends that
    /// way, else `\n`.
    public var lineEnding: String

    /// A document made of `blocks`.
    public init(file: String, blocks: [NotebookBlock], lineEnding: String = "\n") {
        self.file = file
        self.blocks = blocks
        self.lineEnding = lineEnding
    }

    /// The code cells in order.
    public var cells: [NotebookCell] {
        blocks.compactMap { if case .cell(let cell) = $0 { return cell }; return nil }
    }

    /// The notebook text without any output blocks.
    public var text: String {
        blocks.map(\.raw).joined()
    }

    /// The text of the first level-1 ATX heading (`# Title`) in the prose, if any; the HTML
    /// page title defaults to it.
    public var title: String? {
        for block in blocks {
            guard case .prose(let text) = block else { continue }
            for line in SourceLine.split(text) {
                let trimmed = line.content.drop { $0 == " " }
                guard trimmed.hasPrefix("# ") || trimmed == "#" else { continue }
                var heading = trimmed.dropFirst(1)
                while let last = heading.last, last == "#" || last == " " || last == "\t" { heading = heading.dropLast() }
                let result = heading.trimmingSpaces()
                if !result.isEmpty { return result }
            }
        }
        return nil
    }
}
