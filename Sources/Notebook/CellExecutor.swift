/// Runs the code of notebook cells in one shared session.
///
/// The notebook layer never sees the interpreter: the CLI adapts the language's `Session` to
/// this protocol. Calls arrive on one thread, in notebook order: `setParameters` once, then
/// `execute` for each cell until the runner stops.
public protocol CellExecutor: AnyObject {
    /// Makes `-p name=value` parameters visible to the notebook before its first cell runs
    /// (papermill style; how the language exposes them is the session's choice). Called once,
    /// also when there are none. A failed result is an unexpected error: no cell runs.
    func setParameters(_ parameters: [String: String]) -> CellResult

    /// Runs one cell's source. `file` is the notebook path used in error locations (as the user
    /// gave it, never made absolute, so output stays the same on every machine), `firstLine` the
    /// 1-based line of the cell's first code line in the notebook, so errors read `nb.md:14:5`.
    /// `timeout`, in seconds, is the cell's `{timeout=…}` option or the run's default: the
    /// executor enforces it (the runner cannot interrupt a synchronous call) and reports a
    /// timeout as a failed result with an `.error` output.
    func execute(code: String, file: String, firstLine: Int, timeout: Double?) -> CellResult
}

extension CellExecutor {
    /// Ignores parameters: for executors (and test fakes) that take none.
    public func setParameters(_ parameters: [String: String]) -> CellResult {
        CellResult()
    }
}
