/// How a `ProgressReporter` shows progress.
public enum ProgressStyle: Equatable, Sendable {
    /// A bar redrawn in place with `\r` (for a terminal): count, rate, ETA and metrics.
    case terminal(barWidth: Int)
    /// Plain lines every `everyPercent` percent (for logs, CI and notebooks).
    case plain(everyPercent: Int)
}
