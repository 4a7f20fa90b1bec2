import Plot

/// Writes a notebook back as Markdown with each cell's outputs in a marked block right after the
/// cell (`--md out.md`):
///
///     ```alinea
///     print("hi")
///     ```
///     <!-- alinea:output -->
///     ```text
///     hi
///     ```
///     <!-- /alinea:output -->
///
/// Text, values and errors go in `text` fences; tables become Markdown tables; plots become a
/// sparkline fence plus an image link to an SVG side file named `<baseName>-cell<N>-<k>.svg`
/// (N: 1-based cell number, k: 1-based figure number within the cell), because forges strip
/// inline SVG and `data:` URIs. The caller writes the returned side files next to the Markdown.
///
/// Without outputs the text is the original notebook byte for byte. Reading a copy back drops its
/// output blocks, so `write(read(write(outputs)))` is stable. Added lines use the document's line
/// ending (`\r\n` if its first line has one).
public struct NotebookMarkdownWriter: Sendable {
    /// The Markdown copy's file name without directory and extension (`out` for `out.md`).
    public var baseName: String
    /// Whether to add each cell's wall time to its output block.
    public var timings: Bool
    /// How plots are drawn in the text fence.
    public var sparkline: Sparkline

    /// A writer for a copy named `baseName` (directories and a `.md` extension are removed).
    public init(baseName: String, timings: Bool = false, sparkline: Sparkline = Sparkline()) {
        var name = Substring(baseName.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
        if name.hasSuffix(".md") { name = name.dropLast(3) }
        self.baseName = name.isEmpty ? "notebook" : String(name)
        self.timings = timings
        self.sparkline = sparkline
    }

    /// The document with `outputs` (keyed by cell index) after their cells; cells without an
    /// entry, or with no outputs, get no block. `seconds` are shown only with `timings`.
    public func write(_ document: NotebookDocument, outputs: [Int: [CellOutput]] = [:],
                      seconds: [Int: Double] = [:], preamble: [CellOutput] = []) -> MarkdownRendering {
        let eol = document.lineEnding
        var text = ""
        var sideFiles: [SideFile] = []
        if !preamble.isEmpty {
            text += outputBlock(preamble, seconds: nil, figurePrefix: "\(baseName)-parameters", eol: eol, sideFiles: &sideFiles)
        }
        for (position, block) in document.blocks.enumerated() {
            text += block.raw
            guard case .cell(let cell) = block else { continue }
            let cellOutputs = outputs[cell.index] ?? []
            let time = timings ? seconds[cell.index] : nil
            guard !cellOutputs.isEmpty || time != nil else { continue }
            // A cell that ends the file without a newline needs one before the block; the reader
            // removes it again when the block is the last thing in the file.
            if !text.endsWithLineFeed { text += eol }
            var blockText = outputBlock(cellOutputs, seconds: time, figurePrefix: "\(baseName)-cell\(cell.index + 1)",
                                        eol: eol, sideFiles: &sideFiles)
            if position == document.blocks.count - 1, !cell.raw.endsWithLineFeed {
                // Keep the file's lack of a final newline (the last Character is the whole eol).
                blockText.removeLast()
            }
            text += blockText
        }
        return MarkdownRendering(text: text, sideFiles: sideFiles)
    }

    /// The copy for a finished run: visible outputs of the cells that ran, plus a block at the top
    /// if the parameters could not be set.
    public func write(_ run: NotebookRun) -> MarkdownRendering {
        var seconds: [Int: Double] = [:]
        for cell in run.cells { if let s = cell.seconds { seconds[cell.cell.index] = s } }
        return write(run.document, outputs: run.visibleOutputs, seconds: seconds, preamble: run.parameterOutputs)
    }
}
