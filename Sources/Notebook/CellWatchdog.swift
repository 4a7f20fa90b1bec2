import Dispatch
import Lang
import Synchronization

/// Interrupts a running cell after a deadline: a one-shot timer on a background queue that calls
/// `Interrupt.request()`, the same flag Ctrl-C sets, which running code checks once per loop
/// iteration and call. A timer rather than a thread that sleeps, so cancelling it is immediate.
final class CellWatchdog {
    /// How long the cell may run, in seconds.
    let seconds: Double
    private let timer: any DispatchSourceTimer
    /// Set when the deadline passed, so the caller can tell a timeout from a Ctrl-C.
    private let firedFlag = Flag()

    /// The one piece of state the timer's handler (on another thread) shares with the caller.
    private final class Flag: Sendable {
        let value = Atomic<Bool>(false)
    }

    /// A watchdog for `seconds`; nothing happens until `start()`.
    init(seconds: Double) {
        self.seconds = seconds
        timer = DispatchSource.makeTimerSource(queue: .global())
    }

    /// Whether the deadline passed before `cancel()`.
    var fired: Bool { firedFlag.value.load(ordering: .relaxed) }

    /// Arms the timer.
    func start() {
        // Clamp so a huge or negative `{timeout=…}` cannot overflow DispatchTimeInterval.
        let nanoseconds = Int(min(max(seconds, 0), 1e9) * 1e9)
        timer.schedule(deadline: .now() + .nanoseconds(nanoseconds))
        let flag = firedFlag
        timer.setEventHandler {
            flag.value.store(true, ordering: .relaxed)
            Interrupt.request()
        }
        timer.resume()
    }

    /// Disarms the timer; a cell that finished in time is never interrupted afterwards.
    func cancel() {
        timer.cancel()
    }
}
