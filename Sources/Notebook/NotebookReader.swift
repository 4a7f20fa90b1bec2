/// The line-by-line state of `NotebookDocument.parse`.
struct NotebookReader {
    let lines: [SourceLine]
    let file: String
    var blocks: [NotebookBlock] = []
    var diagnostics: [NotebookDiagnostic] = []
    private var prose = ""
    private var cellCount = 0

    init(lines: [SourceLine], file: String) {
        self.lines = lines
        self.file = file
    }

    mutating func read() {
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if OutputMarkers.isStart(line.content), let end = outputBlockEnd(from: i) {
                if lines[end].ending.isEmpty {
                    // The writer added a line ending after a block that ended the file without
                    // one; take it back so the round trip restores the original bytes.
                    dropTrailingLineEnding()
                }
                i = end + 1
                continue
            }
            if let fence = Fence.opening(line.content) {
                flushProse()
                let close = closingLine(of: fence, after: i)
                readFence(fence, from: i, to: close)
                i = (close ?? lines.count - 1) + 1
                continue
            }
            prose += line.raw
            i += 1
        }
        flushProse()
    }

    /// The index of the line closing the fence opened at `start`, or nil if it runs to the end.
    private func closingLine(of fence: Fence, after start: Int) -> Int? {
        var j = start + 1
        while j < lines.count {
            if fence.isClosed(by: lines[j].content) { return j }
            j += 1
        }
        return nil
    }

    /// The index of the end marker of the output block starting at `start`, skipping fenced
    /// content (an output could print the marker text); nil if the block is not closed, in
    /// which case the line is ordinary prose.
    private func outputBlockEnd(from start: Int) -> Int? {
        var j = start + 1
        while j < lines.count {
            if OutputMarkers.isEnd(lines[j].content) { return j }
            if let fence = Fence.opening(lines[j].content) {
                guard let close = closingLine(of: fence, after: j) else { return nil }
                j = close
            }
            j += 1
        }
        return nil
    }

    private mutating func readFence(_ fence: Fence, from start: Int, to close: Int?) {
        let last = close ?? lines.count - 1
        let raw = lines[start...last].map(\.raw).joined()
        let contentEnd = close ?? lines.count
        let code = lines[(start + 1)..<max(start + 1, contentEnd)].map { fence.strippingIndent($0.content) }.joined(separator: "\n")
        let number = lines[start].number
        guard fence.isCell else {
            blocks.append(.code(FencedCode(info: fence.info, code: code, line: number, raw: raw)))
            return
        }
        if close == nil {
            let marker = String(repeating: fence.character, count: fence.length)
            diagnostics.append(NotebookDiagnostic(file: file, line: number, column: fence.indent + 1,
                message: "unclosed cell: add a line '\(marker)' after the cell's code"))
        }
        // The info string begins with "alinea"; options follow it.
        let optionsOffset = fence.infoOffset + "alinea".count
        let optionsText = String(fence.info.dropFirst("alinea".count))
        var parser = CellOptionsParser(text: optionsText, file: file, line: number, columnOffset: optionsOffset)
        let options = parser.parse()
        diagnostics += parser.diagnostics
        blocks.append(.cell(NotebookCell(index: cellCount, code: code, options: options, info: fence.info, line: number, raw: raw)))
        cellCount += 1
    }

    private mutating func flushProse() {
        if !prose.isEmpty { blocks.append(.prose(prose)) }
        prose = ""
    }

    /// Removes the final `\n` or `\r\n` from the text read so far (pending prose, or the last block).
    private mutating func dropTrailingLineEnding() {
        if !prose.isEmpty {
            prose = NotebookReader.droppingLineEnding(prose)
            return
        }
        guard let lastBlock = blocks.popLast() else { return }
        switch lastBlock {
        case .prose(let text): blocks.append(.prose(NotebookReader.droppingLineEnding(text)))
        case .code(var block):
            block.raw = NotebookReader.droppingLineEnding(block.raw)
            blocks.append(.code(block))
        case .cell(var cell):
            cell.raw = NotebookReader.droppingLineEnding(cell.raw)
            blocks.append(.cell(cell))
        }
    }

    private static func droppingLineEnding(_ s: String) -> String {
        var bytes = Array(s.utf8)
        guard bytes.last == UInt8(ascii: "\n") else { return s }
        bytes.removeLast()
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
