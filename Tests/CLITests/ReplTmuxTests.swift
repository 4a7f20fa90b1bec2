import Foundation
import TestSupport
import XCTest

/// The interactive REPL in a real terminal (tmux), typed at like a person.
final class ReplTmuxTests: XCTestCase {
    private func startRepl(home: String, directory: String? = nil) throws -> TmuxDriver {
        let tmux = try TmuxDriver(command: [try AlineaProcess.binary()], width: 100, height: 80,
                                  environment: ["HOME": home, "NO_COLOR": "1"], directory: directory)
        try tmux.waitFor("alinea>", timeout: 20)  // capture-pane trims the trailing blank
        return tmux
    }

    /// Runs `action`, then waits until `text` appears on the screen once more than before it:
    /// a prompt line such as `alinea> x + 2` may already be on screen from an earlier entry.
    private func expectMore(_ tmux: TmuxDriver, _ text: String, _ action: () throws -> Void) throws {
        let before = try tmux.screen().components(separatedBy: text).count
        try action()
        try tmux.waitUntil("one more \(text.debugDescription)") { $0.components(separatedBy: text).count > before }
    }

    /// Types a line, presses Enter and waits for the next prompt (`alinea>` or `...>`).
    ///
    /// Waiting matters: keys sent while code runs reach a terminal in cooked mode, which echoes
    /// them itself and treats ^D as end of file, so a test that does not wait sees doubled text.
    private func enter(_ tmux: TmuxDriver, _ line: String, waitForPrompt: Bool = true) throws {
        if !line.isEmpty { try tmux.type(line) }
        guard waitForPrompt else {
            try tmux.sendKeys("Enter")
            return
        }
        let prompts = { (screen: String) in screen.components(separatedBy: "alinea>").count + screen.components(separatedBy: "...>").count }
        let before = prompts(try tmux.screen())
        try tmux.sendKeys("Enter")
        try tmux.waitUntil("a prompt after \(line.debugDescription)") { prompts($0) > before }
    }

    /// Waits until the REPL has its SIGINT handler installed, i.e. it is running code (Linux reads
    /// the pane process's caught-signal mask; elsewhere a short pause stands in).
    private func waitUntilRunningCode(_ tmux: TmuxDriver) throws {
        #if os(Linux)
        let pid = try tmux.run(["display-message", "-p", "-t", "main", "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try tmux.waitUntil("the REPL to run code") { _ in
            guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
                  let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigCgt:") }),
                  let mask = UInt64(line.dropFirst(7).trimmingCharacters(in: .whitespaces), radix: 16) else { return false }
            return mask & (1 << (UInt64(SIGINT) - 1)) != 0
        }
        #else
        usleep(500_000)
        #endif
    }

    func testInteractiveSession() throws {
        let home = try Workspace()
        try home.write("work/data_file.txt", "contents")
        let tmux = try startRepl(home: home.path, directory: home.directory.file("work"))
        defer { tmux.stop() }

        try enter(tmux, "let my_long_variable = 40")
        try enter(tmux, "my_long_variable + 2")
        try tmux.waitFor("\n42\n")

        // Tab completes a unique name.
        try tmux.type("my_lo")
        try expectMore(tmux, "alinea> my_long_variable") { try tmux.sendKeys("Tab") }
        try tmux.type(" * 2")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("\n80\n")

        // A named argument inside a call.
        try enter(tmux, "fn scale(value, factor = 1) { value * factor }")
        try tmux.type("scale(3, fa")
        try tmux.sendKeys("Tab")
        try tmux.waitFor("scale(3, factor =")  // trailing blank trimmed by capture-pane
        try tmux.type("5)")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("\n15\n")

        // Members after a dot, evaluated only because the receiver is a plain name.
        try enter(tmux, "let config = {\"lr\": 1}")
        try tmux.type("config.ke")
        try tmux.sendKeys("Tab")
        try tmux.waitFor("alinea> config.keys")
        try tmux.type("()")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("\n[\"lr\"]\n")

        // File paths inside a string, relative to the working directory.
        try tmux.type("load_text(\"data_f")
        try tmux.sendKeys("Tab")
        try tmux.waitFor("load_text(\"data_file.txt")
        try tmux.type("\")")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("\n\"contents\"\n")

        // ↑ recalls history (prefix search on what is typed).
        try tmux.type("my_long_variable +")
        try expectMore(tmux, "alinea> my_long_variable + 2") { try tmux.sendKeys("Up") }
        try tmux.sendKeys("C-u")

        // A multi-line function with continuation prompts.
        try enter(tmux, "fn add(a, b) {")
        try tmux.waitFor("   ...>")
        try enter(tmux, "    a + b")
        try enter(tmux, "}")
        try enter(tmux, "add(1, 2)")
        try tmux.waitFor("\n3\n")

        // An error, then a line that works: state survives.
        try enter(tmux, "add(1, nope)")
        try tmux.waitFor("error: undefined variable 'nope'")
        try enter(tmux, "add(my_long_variable, 1)")
        try tmux.waitFor("\n41\n")

        // Ctrl-C interrupts a running loop and returns to the prompt with state intact.
        try enter(tmux, "let counter = 0")
        try enter(tmux, "while true { counter = counter + 1 }", waitForPrompt: false)
        try waitUntilRunningCode(tmux)
        try tmux.sendKeys("C-c")
        try tmux.waitFor("error: interrupted")
        try enter(tmux, "counter > 0 and my_long_variable == 40")
        try tmux.waitFor("\ntrue\n")

        // Ctrl-C while editing discards the line.
        try tmux.type("this is not code")
        try tmux.sendKeys("C-c")
        try enter(tmux, "\"fresh\"")
        try tmux.waitFor("\n\"fresh\"\n")

        // Ctrl-D exits with status 0.
        try tmux.sendKeys("C-d")
        XCTAssertEqual(try tmux.waitForExit(timeout: 10), 0)
        let history = home.read(".alinea_history") ?? ""
        XCTAssertTrue(history.contains("fn add(a, b) {\n"), history)
        XCTAssertFalse(history.contains("this is not code"), history)
    }

    func testHistoryPersistsAcrossSessions() throws {
        let home = try Workspace()
        let first = try startRepl(home: home.path)
        try enter(first, "let remembered = 7")
        try first.sendKeys("C-d")
        XCTAssertEqual(try first.waitForExit(timeout: 10), 0)
        first.stop()

        let second = try startRepl(home: home.path)
        defer { second.stop() }
        try second.sendKeys("Up")
        try second.waitFor("alinea> let remembered = 7")
        try enter(second, "")  // runs the recalled line
        try enter(second, "remembered * 6")
        try second.waitFor("\n42\n")
        try second.sendKeys("C-d")
        XCTAssertEqual(try second.waitForExit(timeout: 10), 0)
    }
}
