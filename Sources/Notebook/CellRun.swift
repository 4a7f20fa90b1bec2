/// One cell of a notebook run: the cell, how it ended, and what it produced.
public struct CellRun: Equatable, Sendable {
    /// The cell.
    public var cell: NotebookCell
    /// How it ended.
    public var status: CellStatus
    /// Everything it produced, including the runner's own messages (such as "expected to fail
    /// but succeeded"), regardless of `{no-output}`.
    public var outputs: [CellOutput]
    /// Wall time in seconds; nil for cells not run. Shown only when timings are requested.
    public var seconds: Double?

    /// A cell result.
    public init(cell: NotebookCell, status: CellStatus, outputs: [CellOutput] = [], seconds: Double? = nil) {
        self.cell = cell
        self.status = status
        self.outputs = outputs
        self.seconds = seconds
    }

    /// The outputs renderers show: all of them, or with `{no-output}` only the errors of an
    /// unexpected failure (an error must never be hidden).
    public var visibleOutputs: [CellOutput] {
        guard cell.options.noOutput else { return outputs }
        guard status.isUnexpected else { return [] }
        return outputs.filter { if case .error = $0 { return true }; return false }
    }
}
