import Plot

/// Plain-text rendering of a run for `alinea run nb.md`: each cell's outputs under a short
/// header, plots as sparklines, tables as aligned columns, errors in place. No colour codes, so
/// the text is the same on a terminal and in a log.
public struct TerminalRenderer: Sendable {
    /// Whether to show each cell's wall time.
    public var timings: Bool
    /// How plots are drawn.
    public var sparkline: Sparkline

    /// A renderer; timings are off unless asked for.
    public init(timings: Bool = false, sparkline: Sparkline = Sparkline()) {
        self.timings = timings
        self.sparkline = sparkline
    }

    /// The text for one cell: `── cell 2 (nb.md:14) ──` and its visible outputs, each line ending
    /// in a newline; empty when there is nothing to show.
    public func render(_ run: CellRun, file: String) -> String {
        let outputs = run.visibleOutputs
        guard run.status != .notRun, !outputs.isEmpty || (timings && run.seconds != nil) else { return "" }
        var header = "── cell \(run.cell.index + 1) (\(file):\(run.cell.line))"
        if timings, let seconds = run.seconds { header += " " + ProgressReporter.duration(seconds) }
        var lines = [header + " ──"]
        if run.status == .failedAsExpected, outputs.contains(where: { if case .error = $0 { return true }; return false }) {
            lines.append("(expected error)")
        }
        for output in outputs { lines += self.lines(for: output) }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Every cell's text, the parameter error if any, then the summary.
    public func render(_ run: NotebookRun) -> String {
        var text = run.parameterOutputs.flatMap(lines(for:)).map { $0 + "\n" }.joined()
        for cell in run.cells { text += render(cell, file: run.document.file) }
        if let summary = summary(run) { text += summary + "\n" }
        return text
    }

    /// A closing line when something went wrong, such as
    /// `stopped at cell 3 (nb.md:14) after an unexpected error; 2 cells not run`; nil when all went as expected.
    public func summary(_ run: NotebookRun) -> String? {
        let errors = run.unexpectedErrorCount
        guard errors > 0 else { return nil }
        let file = run.document.file
        if run.parametersFailed { return "stopped: the notebook parameters could not be set; no cell ran" }
        if run.notRunCount > 0, let first = run.cells.first(where: { $0.status.isUnexpected }) {
            let cells = run.notRunCount == 1 ? "1 cell" : "\(run.notRunCount) cells"
            return "stopped at cell \(first.cell.index + 1) (\(file):\(first.cell.line)) after an unexpected error; \(cells) not run"
        }
        return errors == 1 ? "1 unexpected error" : "\(errors) unexpected errors"
    }

    /// The lines showing one output (without line endings).
    func lines(for output: CellOutput) -> [String] {
        switch output {
        case .text(let text), .value(let text), .error(let text):
            return TerminalRenderer.splitLines(text)
        case .plot(let spec):
            return sparkline.lines(for: spec)
        case .svg:
            return ["[diagram: render with --html or --md to see it]"]
        case .table(let header, let rows):
            return TextTable.lines(header: header, rows: rows)
        }
    }

    /// The lines of `text`, ignoring one trailing newline (prints usually end with one).
    static func splitLines(_ text: String) -> [String] {
        var lines = SourceLine.split(text).map(\.content)
        if lines.isEmpty { lines = [""] }
        return lines
    }
}
