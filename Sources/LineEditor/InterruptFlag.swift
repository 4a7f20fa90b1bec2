import Foundation
import Synchronization

/// A process-wide Ctrl-C flag for interrupting evaluation (a long loop, a training run).
///
/// The REPL installs the handler before evaluating a line and restores the previous one afterwards; the
/// interpreter polls `isSet` (one relaxed atomic load) once per loop iteration or call. The handler only
/// stores to a lock-free atomic, which is async-signal-safe. While `LineEditor` is editing, Ctrl-C is a key,
/// not a signal, so the handler need not be installed during `read(prompt:)`. Code that cannot import this
/// target (the interpreter) can be handed `{ InterruptFlag.isSet }` or poll a flag of its own.
public enum InterruptFlag {
    private static let raised = Atomic<Bool>(false)
    /// The action that was in place before `installSIGINTHandler()`, restored by `restoreSIGINTHandler()`.
    private static let previous = Mutex<sigaction?>(nil)

    /// True once SIGINT has arrived since the last `reset()`.
    public static var isSet: Bool {
        raised.load(ordering: .relaxed)
    }

    /// Clears the flag, e.g. before evaluating the next line.
    public static func reset() {
        raised.store(false, ordering: .relaxed)
    }

    /// Sets the flag as the handler would; for tests and for callers that detect an interrupt another way.
    public static func raise() {
        raised.store(true, ordering: .relaxed)
    }

    /// Returns whether the flag was set and clears it in the same atomic step.
    public static func consume() -> Bool {
        raised.exchange(false, ordering: .relaxed)
    }

    /// Routes SIGINT to the flag, remembering the previous action; calling it twice keeps the first saved action.
    ///
    /// The handler is installed without `SA_RESTART`, so a blocking `read` (e.g. `input()` in a script) returns
    /// `EINTR` instead of waiting for the next keystroke.
    public static func installSIGINTHandler() {
        // Touch the atomic here: a first access from inside the handler would run lazy global
        // initialisation, which is not async-signal-safe.
        reset()
        var action = sigaction()
        #if canImport(Darwin)
        action.__sigaction_u.__sa_handler = { _ in InterruptFlag.raise() }
        #else
        action.__sigaction_handler.sa_handler = { _ in InterruptFlag.raise() }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        var old = sigaction()
        guard sigaction(SIGINT, &action, &old) == 0 else { return }
        previous.withLock { saved in
            if saved == nil { saved = old }
        }
    }

    /// Puts back the SIGINT action saved by `installSIGINTHandler()`; does nothing if none is saved.
    public static func restoreSIGINTHandler() {
        let saved = previous.withLock { saved -> sigaction? in
            defer { saved = nil }
            return saved
        }
        guard var old = saved else { return }
        sigaction(SIGINT, &old, nil)
    }
}
