import Foundation
import TestSupport
import XCTest

/// The tmux driver itself, exercised on `cat` and `bash` so REPL tests can rely on it.
final class TmuxDriverTests: XCTestCase {
    func testTypesIntoCatReadsTheScreenAndSeesTheExit() throws {
        let tmux = try TmuxDriver(command: ["cat"])
        defer { tmux.stop() }
        try tmux.type("hello é→")
        try tmux.sendKeys("Enter")
        // The terminal echoes the line, then cat writes it back: two copies.
        let screen = try tmux.waitUntil("echo and output") {
            $0.components(separatedBy: "hello é→").count == 3
        }
        XCTAssertTrue(screen.hasPrefix("hello é→\nhello é→"), screen)
        XCTAssertNil(try tmux.exitStatus())
        try tmux.sendKeys("C-d")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    func testRunsBashWithAPrivateHomeAndReportsItsExitStatus() throws {
        let tmux = try TmuxDriver(command: ["bash", "--norc", "--noprofile"], environment: ["PS1": "$ "])
        defer { tmux.stop() }
        try tmux.waitFor("$")  // capture-pane trims the blank after the prompt
        try tmux.type("echo $((6 * 7)) \"$HOME\"")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("42 \(tmux.home.path)")
        // The quotes keep the typed command from matching "started" before it runs.
        try tmux.type("echo st''arted; sleep 30")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("started\n")
        try tmux.sendKeys("C-c")
        // SIGINT reaches the program in the pane (the signal mask was reset for the child): a new prompt.
        try tmux.waitUntil("a fresh prompt after ^C") {
            $0.components(separatedBy: "started\n").last?.contains("$") == true
        }
        try tmux.type("exit 3")
        try tmux.sendKeys("Enter")
        XCTAssertEqual(try tmux.waitForExit(), 3)
    }

    func testTimeoutsReportTheScreen() throws {
        let tmux = try TmuxDriver(command: ["cat"])
        defer { tmux.stop() }
        try tmux.type("visible")
        XCTAssertThrowsError(try tmux.waitFor("never shown", timeout: 0.2)) { error in
            XCTAssertTrue(String(describing: error).contains("visible"), String(describing: error))
        }
    }

    func testStopKillsTheServer() throws {
        let tmux = try TmuxDriver(command: ["cat"])
        tmux.stop()
        XCTAssertThrowsError(try tmux.screen(), "no server left on the private socket")
    }
}
