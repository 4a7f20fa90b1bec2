/// The result of running a notebook: every cell (including those not run) in order.
public struct NotebookRun: Equatable, Sendable {
    /// The notebook that ran.
    public var document: NotebookDocument
    /// One entry per cell, in order.
    public var cells: [CellRun]
    /// Outputs of setting the parameters; non-empty only when that failed.
    public var parameterOutputs: [CellOutput]
    /// Whether setting the parameters failed (then no cell ran).
    public var parametersFailed: Bool

    /// A run result.
    public init(document: NotebookDocument, cells: [CellRun], parameterOutputs: [CellOutput] = [], parametersFailed: Bool = false) {
        self.document = document
        self.cells = cells
        self.parameterOutputs = parameterOutputs
        self.parametersFailed = parametersFailed
    }

    /// The number of unexpected errors: failed cells, cells that should have failed, and a
    /// failure to set parameters.
    public var unexpectedErrorCount: Int {
        cells.filter { $0.status.isUnexpected }.count + (parametersFailed ? 1 : 0)
    }

    /// The process exit status: 0 when everything went as expected, 1 otherwise.
    public var exitStatus: Int32 { unexpectedErrorCount == 0 ? 0 : 1 }

    /// Cells skipped because the run stopped early.
    public var notRunCount: Int { cells.filter { $0.status == .notRun }.count }

    /// The outputs of each cell that ran, keyed by cell index, as shown (see `CellRun.visibleOutputs`).
    public var visibleOutputs: [Int: [CellOutput]] {
        var result: [Int: [CellOutput]] = [:]
        for run in cells where run.status != .notRun {
            result[run.cell.index] = run.visibleOutputs
        }
        return result
    }
}
