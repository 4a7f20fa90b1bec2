import Plot

extension NotebookMarkdownWriter {
    /// One `<!-- alinea:output -->` … `<!-- /alinea:output -->` block, ending with `eol`. Items
    /// are separated by blank lines; tables and images get a blank line before the end marker
    /// so the marker cannot be read as part of them.
    func outputBlock(_ outputs: [CellOutput], seconds: Double?, figurePrefix: String, eol: String,
                     sideFiles: inout [SideFile]) -> String {
        var items: [[String]] = []
        var pendingText = ""
        var figure = 0
        func flushText() {
            if !pendingText.isEmpty { items.append(fenced(pendingText)) }
            pendingText = ""
        }
        for output in outputs {
            switch output {
            case .text(let text), .value(let text):
                pendingText += text.endsWithLineFeed || text.isEmpty ? text : text + "\n"
            case .error(let text):
                flushText()
                items.append(fenced(text))
            case .table(let header, let rows):
                flushText()
                items.append(markdownTable(header: header, rows: rows))
            case .plot(let spec):
                flushText()
                figure += 1
                let name = "\(figurePrefix)-\(figure).svg"
                let svg = SVGPlotRenderer(idPrefix: "\(figurePrefix)-\(figure)").render(spec)
                sideFiles.append(SideFile(name: name, contents: svg))
                items.append(fenced(sparkline.lines(for: spec).joined(separator: "\n")))
                items.append(["![\(altText(spec.title.isEmpty ? "plot" : spec.title))](\(name))"])
            case .svg(let svg):
                flushText()
                figure += 1
                let name = "\(figurePrefix)-\(figure).svg"
                sideFiles.append(SideFile(name: name, contents: svg.endsWithLineFeed ? svg : svg + "\n"))
                items.append(["![diagram](\(name))"])
            }
        }
        flushText()
        if let seconds { items.append(["*" + ProgressReporter.duration(seconds) + "*"]) }
        var lines = [OutputMarkers.start]
        for (i, item) in items.enumerated() {
            if i > 0 { lines.append("") }
            lines += item
        }
        if let last = items.last, !(last.last?.hasPrefix("```") ?? false) { lines.append("") }
        lines.append(OutputMarkers.end)
        return lines.map { $0 + eol }.joined()
    }

    /// `text` in a `text` fence longer than any backtick run inside it.
    func fenced(_ text: String) -> [String] {
        var body = TerminalRenderer.splitLines(text)
        if text.isEmpty { body = [] }
        var longest = 0, run = 0
        for c in text {
            run = c == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return [fence + "text"] + body + [fence]
    }

    /// A GitHub-flavoured Markdown table; cell text is escaped so data never becomes markup.
    func markdownTable(header: [String], rows: [[String]]) -> [String] {
        let width = max(1, header.count, rows.map(\.count).max() ?? 0)
        func row(_ cells: [String]) -> String {
            "| " + (0..<width).map { $0 < cells.count ? escapeCell(cells[$0]) : "" }.joined(separator: " | ") + " |"
        }
        return [row(header), "|" + String(repeating: " --- |", count: width)] + rows.map(row)
    }

    /// Escapes Markdown and HTML syntax in a table cell; newlines become spaces.
    func escapeCell(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "|", "\\", "`", "*", "_", "[", "]": out += "\\" + String(c)
            case "\n", "\r\n", "\r", "\t": out += " "
            default: out.append(c)
            }
        }
        return out
    }

    /// Image alt text, escaped so a bracket in a title cannot end the `![…]` early.
    func altText(_ s: String) -> String {
        escapeCell(s)
    }
}

