import Plot

/// Runs a notebook's cells in order through a `CellExecutor`, applying the error policy:
/// stop at the first unexpected error (a failing cell, or an `{expect-error}` cell that
/// succeeds) unless `keepGoing`, and always return everything that ran.
public struct NotebookRunner {
    /// Where the code runs.
    public let executor: any CellExecutor
    /// Keep-going, parameters and default timeout.
    public let options: NotebookRunOptions
    private let clock: () -> Double

    /// A runner; `clock` (seconds, monotonic) times each cell and is injectable for tests.
    public init(executor: any CellExecutor, options: NotebookRunOptions = NotebookRunOptions(),
                clock: @escaping () -> Double = MonotonicClock.seconds) {
        self.executor = executor
        self.options = options
        self.clock = clock
    }

    /// Runs `document`. `onCell` is called after each cell (including cells skipped after a stop),
    /// so a terminal front end can print as it goes.
    public func run(_ document: NotebookDocument, onCell: (CellRun) -> Void = { _ in }) -> NotebookRun {
        let parameterResult = executor.setParameters(options.parameters)
        var stopped = parameterResult.failed
        var runs: [CellRun] = []
        for cell in document.cells {
            if stopped {
                let skipped = CellRun(cell: cell, status: .notRun)
                runs.append(skipped)
                onCell(skipped)
                continue
            }
            let run = runCell(cell, file: document.file)
            runs.append(run)
            onCell(run)
            if run.status.isUnexpected, !options.keepGoing { stopped = true }
        }
        var parameterOutputs = parameterResult.outputs
        if parameterResult.failed, !parameterOutputs.contains(where: { if case .error = $0 { return true }; return false }) {
            parameterOutputs.append(.error("\(document.file): could not set the notebook parameters"))
        }
        return NotebookRun(document: document, cells: runs,
                           parameterOutputs: parameterResult.failed ? parameterOutputs : [],
                           parametersFailed: parameterResult.failed)
    }

    private func runCell(_ cell: NotebookCell, file: String) -> CellRun {
        let start = clock()
        let result = executor.execute(code: cell.code, file: file, firstLine: cell.firstCodeLine,
                                      timeout: cell.options.timeout ?? options.defaultTimeout)
        let seconds = max(0, clock() - start)
        var outputs = result.outputs
        let status: CellStatus
        switch (result.failed, cell.options.expectError) {
        case (false, false):
            status = .succeeded
        case (true, true):
            status = .failedAsExpected
        case (true, false):
            status = .failed
            if !outputs.contains(where: { if case .error = $0 { return true }; return false }) {
                outputs.append(.error("cell at \(file):\(cell.line) failed"))
            }
        case (false, true):
            status = .unexpectedSuccess
            outputs.append(.error("cell at \(file):\(cell.line) was expected to fail but succeeded"))
        }
        return CellRun(cell: cell, status: status, outputs: outputs, seconds: seconds)
    }
}
