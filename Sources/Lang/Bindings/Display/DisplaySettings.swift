import Plot
import Synchronization

/// Process-wide display choices that front ends set before running code: how `progress(...)`
/// draws and whether wall-clock values may appear in output.
///
/// The defaults (plain lines, no timings) keep output deterministic, which is what notebooks,
/// CI logs and tests need; the CLI switches to `.terminal` when stdout is a TTY. The values sit
/// behind a lock because tests and front ends may touch them from different threads.
public enum DisplaySettings {
    private struct State: Sendable {
        var progressStyle: ProgressStyle = .plain(everyPercent: 10)
        var timings = false
        var clock: @Sendable () -> Double = MonotonicClock.seconds
    }

    private static let state = Mutex(State())

    /// How progress is shown: a `\r` bar for terminals, or plain lines every N percent.
    public static var progressStyle: ProgressStyle {
        get { state.withLock { $0.progressStyle } }
        set { state.withLock { $0.progressStyle = newValue } }
    }

    /// Whether plain progress lines include rate and ETA (terminal bars always do).
    public static var timings: Bool {
        get { state.withLock { $0.timings } }
        set { state.withLock { $0.timings = newValue } }
    }

    /// The time source for progress rates, ETAs and redraw throttling (seconds); tests replace it.
    public static var clock: @Sendable () -> Double {
        get { state.withLock { $0.clock } }
        set { state.withLock { $0.clock = newValue } }
    }

    /// Restores the deterministic defaults (plain lines every 10%, no timings, monotonic clock).
    public static func reset() {
        state.withLock { $0 = State() }
    }
}
