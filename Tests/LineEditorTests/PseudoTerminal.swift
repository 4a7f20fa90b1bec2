import Foundation
import Synchronization
import XCTest

/// A pseudo-terminal pair for driving `LineEditor` in-process: the editor reads and writes the slave side,
/// the test types into and reads from the master side.
///
/// Tests type a whole script ahead, before the editor reads. `type` first puts the slave in raw mode so the
/// line discipline stores the keys uninterpreted: `el_init` and every return from `el_wgets` leave the
/// terminal in cooked mode, where ^C would flush the pending input, ^U erase it and ^D end it.
final class PseudoTerminal: Sendable {
    /// The side a terminal emulator would hold.
    let master: Int32
    /// The side the program under test uses as its terminal.
    let slave: Int32
    /// Set by `finish()`, so a late watchdog does not type into a finished test.
    private let finished = Mutex(false)

    /// Opens a pty pair; throws when the system has none to give.
    init() throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, nil) == 0 else {
            throw XCTSkip("openpty failed: errno \(errno)")
        }
        // The long-lived tmux server spawned by other tests must not inherit (and keep open) this pty.
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        // Reads of the master must never block a test: output is collected with `drain()`.
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        self.master = master
        self.slave = slave
    }

    deinit {
        close(slave)
        close(master)
    }

    /// Types `keys` as if at the keyboard (raw bytes: "\r" is Enter, "\u{3}" is ^C, "\u{1B}[A" is ↑).
    func type(_ keys: String) {
        var modes = termios()
        tcgetattr(slave, &modes)
        cfmakeraw(&modes)
        tcsetattr(slave, TCSANOW, &modes)
        var bytes = Array(keys.utf8)[...]
        while !bytes.isEmpty {
            let count = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return
            }
            bytes = bytes.dropFirst(count)
        }
    }

    /// After `seconds`, unless `finish()` was called, types ^C and ^D twice so a test whose script does not
    /// end the editor's input fails with an unexpected result instead of blocking forever.
    func startWatchdog(seconds: Double = 10) {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            guard !finished.withLock({ $0 }) else { return }
            type("\u{3}\u{4}\u{3}\u{4}")
        }
    }

    /// Disarms the watchdog.
    func finish() {
        finished.withLock { $0 = true }
    }

    /// Everything the program has written to the terminal since the last call, with invalid UTF-8 repaired.
    func drain() -> String {
        var collected: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            collected.append(contentsOf: chunk[0..<count])
        }
        return String(decoding: collected, as: UTF8.self)
    }
}
