import Synchronization

/// The process-wide flag behind Ctrl-C: a SIGINT handler sets it, and running code checks it
/// once per loop iteration and per call (a relaxed atomic load) and stops with "interrupted".
///
/// An `Atomic` in a global `let` is safe to touch from a signal handler (a lock-free store)
/// and needs no `nonisolated(unsafe)`.
private let interruptFlag = Atomic<Bool>(false)

/// Requests and checks interruption of running Alinea code.
public enum Interrupt {
    /// Asks running code to stop; async-signal-safe once `prepare()` has run.
    public static func request() {
        interruptFlag.store(true, ordering: .relaxed)
    }

    /// Clears a pending request (done at the start of every `Session.run`).
    public static func clear() {
        interruptFlag.store(false, ordering: .relaxed)
    }

    /// True when an interrupt is pending.
    @inline(__always)
    public static var isRequested: Bool { interruptFlag.load(ordering: .relaxed) }

    /// Touches the flag so its lazy global initialisation never happens inside a signal handler.
    public static func prepare() {
        _ = interruptFlag.load(ordering: .relaxed)
    }
}
