import Foundation
import Lang
import LineEditor
import Synchronization

/// Whether a second Ctrl-C during one evaluation ends the process (batch mode).
private let exitOnRepeatedInterrupt = Atomic<Bool>(false)

/// Connects SIGINT to the language's `Interrupt` flag while Alinea code runs.
///
/// LineEditor's `InterruptFlag` and Lang's `Interrupt` are two separate atomics, and neither
/// target may import the other. The simplest correct bridge is one handler that stores to both:
/// `Interrupt.request()` stops the running loop or call, and `InterruptFlag.raise()` records, for
/// the front end, that the user pressed Ctrl-C (as opposed to a timeout). Both are lock-free atomic
/// stores on globals initialised before the handler is installed, so the handler is
/// async-signal-safe, and no poller thread is needed.
///
/// In batch mode a second Ctrl-C while the first is still pending calls `_exit(130)`: code blocked
/// in a long engine call that never checks the flag can still be stopped.
enum InterruptBridge {
    private static let saved = Mutex<sigaction?>(nil)

    /// Routes SIGINT to both flags until `restore()`; clears `InterruptFlag` first.
    static func install(exitOnRepeat: Bool) {
        // Touch every global the handler uses, so none is lazily initialised inside the handler.
        Interrupt.prepare()
        InterruptFlag.reset()
        exitOnRepeatedInterrupt.store(exitOnRepeat, ordering: .relaxed)
        var action = sigaction()
        let handler: @convention(c) (Int32) -> Void = { _ in
            if InterruptFlag.isSet, exitOnRepeatedInterrupt.load(ordering: .relaxed) { _exit(130) }
            InterruptFlag.raise()
            Interrupt.request()
        }
        #if canImport(Darwin)
        action.__sigaction_u.__sa_handler = handler
        #else
        action.__sigaction_handler.sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        // No SA_RESTART: a blocking read in the script returns EINTR instead of waiting on.
        action.sa_flags = 0
        var old = sigaction()
        guard sigaction(SIGINT, &action, &old) == 0 else { return }
        saved.withLock { if $0 == nil { $0 = old } }
    }

    /// Puts back the action that was in place before `install`.
    static func restore() {
        let old = saved.withLock { value -> sigaction? in
            defer { value = nil }
            return value
        }
        guard var old else { return }
        sigaction(SIGINT, &old, nil)
    }

    /// Whether Ctrl-C arrived since the last `install`.
    static var wasInterrupted: Bool { InterruptFlag.isSet }
}
