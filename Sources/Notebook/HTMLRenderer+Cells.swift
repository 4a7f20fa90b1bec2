import Plot

extension HTMLRenderer {
    /// A `<section class="cell">` with the highlighted code (unless `{hide}`), the visible outputs
    /// and, with timings, the wall time. A hidden cell with nothing to show renders nothing.
    func cellHTML(_ run: CellRun) -> [String] {
        let cell = run.cell
        let number = cell.index + 1
        let outputs = run.visibleOutputs
        let time = timings ? run.seconds : nil
        if cell.options.hide, outputs.isEmpty, time == nil, run.status != .notRun { return [] }
        var classes = ["cell"]
        switch run.status {
        case .failed, .unexpectedSuccess: classes.append("failed")
        case .notRun: classes.append("not-run")
        case .failedAsExpected: classes.append("expected-error")
        case .succeeded: break
        }
        if cell.options.hide { classes.append("hidden-code") }
        var out = ["<section class=\"\(classes.joined(separator: " "))\" id=\"cell-\(number)\" data-line=\"\(cell.line)\">"]
        if !cell.options.hide {
            out.append("<pre class=\"source\"><code class=\"language-alinea\">" + AlineaHighlighter.highlight(cell.code) + "</code></pre>")
        }
        if run.status == .notRun {
            out.append("<div class=\"note\">not run: the notebook stopped at an earlier error</div>")
        } else if !outputs.isEmpty {
            out.append("<div class=\"outputs\">")
            out += groupedOutputs(outputs).flatMap(outputHTML(cellNumber: number))
            out.append("</div>")
        }
        if let time { out.append("<div class=\"timing\">" + XMLEscaping.escape(ProgressReporter.duration(time)) + "</div>") }
        out.append("</section>")
        return out
    }

    /// Outputs with consecutive texts (and consecutive values) merged, so a loop of prints
    /// becomes one `<pre>`.
    func groupedOutputs(_ outputs: [CellOutput]) -> [CellOutput] {
        var result: [CellOutput] = []
        for output in outputs {
            switch (result.last, output) {
            case (.text(let a)?, .text(let b)):
                result[result.count - 1] = .text(a + b)
            case (.value(let a)?, .value(let b)):
                result[result.count - 1] = .value(a.endsWithLineFeed ? a + b : a + "\n" + b)
            default:
                result.append(output)
            }
        }
        return result
    }

    /// The HTML of one output; figure ids use the cell number so several plots on one page
    /// never share an id.
    func outputHTML(cellNumber: Int) -> (CellOutput) -> [String] {
        var figure = 0
        return { output in
            switch output {
            case .text(let text):
                return ["<pre class=\"output text\">" + XMLEscaping.escape(HTMLRenderer.trimmingFinalNewline(text)) + "</pre>"]
            case .value(let text):
                return ["<pre class=\"output value\">" + XMLEscaping.escape(HTMLRenderer.trimmingFinalNewline(text)) + "</pre>"]
            case .error(let text):
                return ["<div class=\"output error\" role=\"alert\"><pre>" + XMLEscaping.escape(HTMLRenderer.trimmingFinalNewline(text)) + "</pre></div>"]
            case .table(let header, let rows):
                return [HTMLRenderer.table(header: header, rows: rows)]
            case .plot(let spec):
                figure += 1
                let svg = SVGPlotRenderer(idPrefix: "cell\(cellNumber)-plot\(figure)").render(spec)
                return ["<figure class=\"output plot\">", svg.endsWithLineFeed ? String(svg.dropLast()) : svg, "</figure>"]
            case .svg(let svg):
                guard let inline = HTMLRenderer.inlineSVG(svg) else {
                    return ["<pre class=\"output text\">" + XMLEscaping.escape(svg) + "</pre>"]
                }
                return ["<figure class=\"output graph\">", inline, "</figure>"]
            }
        }
    }

    /// A `<table>`; numeric cells get class `num` so they right-align.
    static func table(header: [String], rows: [[String]]) -> String {
        var out = "<div class=\"output table\"><table>"
        if !header.isEmpty {
            out += "<thead><tr>" + header.map { "<th>" + XMLEscaping.escape($0) + "</th>" }.joined() + "</tr></thead>"
        }
        out += "<tbody>"
        for row in rows {
            out += "<tr>" + row.map { cell in
                (Double(cell) != nil ? "<td class=\"num\">" : "<td>") + XMLEscaping.escape(cell) + "</td>"
            }.joined() + "</tr>"
        }
        return out + "</tbody></table></div>"
    }

    static func trimmingFinalNewline(_ s: String) -> String {
        s.endsWithLineFeed ? String(s.dropLast()) : s
    }
}
