/// How a cell's run ended, judged against its `{expect-error}` option.
public enum CellStatus: String, Equatable, Sendable {
    /// Ran without error, as expected.
    case succeeded
    /// Failed, and was marked `{expect-error}`.
    case failedAsExpected
    /// Failed without `{expect-error}`: an unexpected error.
    case failed
    /// Marked `{expect-error}` but succeeded: also an unexpected error.
    case unexpectedSuccess
    /// Not run, because the run stopped at an earlier unexpected error.
    case notRun

    /// Whether this status makes the run fail.
    public var isUnexpected: Bool { self == .failed || self == .unexpectedSuccess }
}
