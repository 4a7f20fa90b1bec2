import Foundation
import XCTest
import LineEditor

/// SIGINT sets the flag while the handler is installed; the previous action comes back afterwards.
final class InterruptFlagTests: XCTestCase {
    /// `pthread_kill` to the current thread, unlike `kill(getpid())`, delivers before it returns.
    func testSIGINTSetsTheFlagAndRestoreBringsBackThePreviousAction() {
        // Ignore SIGINT as the "previous" action, so a failure to install cannot kill the test run.
        let ignoring = signal(SIGINT, SIG_IGN)
        defer { signal(SIGINT, ignoring) }
        InterruptFlag.installSIGINTHandler()
        XCTAssertFalse(InterruptFlag.isSet)
        pthread_kill(pthread_self(), SIGINT)
        XCTAssertTrue(InterruptFlag.isSet)
        XCTAssertTrue(InterruptFlag.consume())
        XCTAssertFalse(InterruptFlag.isSet, "consume clears")
        InterruptFlag.restoreSIGINTHandler()
        pthread_kill(pthread_self(), SIGINT)
        XCTAssertFalse(InterruptFlag.isSet, "after restore SIGINT is ignored again, not routed to the flag")
    }

    func testRaiseAndReset() {
        InterruptFlag.raise()
        XCTAssertTrue(InterruptFlag.isSet)
        InterruptFlag.reset()
        XCTAssertFalse(InterruptFlag.isSet)
    }

    func testBlockedReadIsInterrupted() throws {
        let ignoring = signal(SIGINT, SIG_IGN)
        defer { signal(SIGINT, ignoring) }
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        defer { close(fds[0]); close(fds[1]) }
        let editor = LineEditor(programName: "alinea-test", historyPath: nil, input: fds[0], output: fds[1])
        InterruptFlag.installSIGINTHandler()
        defer { InterruptFlag.restoreSIGINTHandler() }
        let target = pthread_self()
        // Interrupt the read below from another thread, as Ctrl-C in a terminal would.
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { pthread_kill(target, SIGINT) }
        XCTAssertEqual(editor.read(prompt: ""), .interrupted)
        XCTAssertTrue(InterruptFlag.consume())
    }
}
