import Foundation
import TestSupport
import XCTest
import LineEditor

/// The editor in a real terminal: the test binary runs itself inside tmux as a tiny line-reading program
/// (`testInteractiveHost`), and `testRealTerminalThroughTmux` types into it like a person.
final class LineEditorTmuxTests: XCTestCase {
    private static let hostVariable = "ALINEA_LINEEDITOR_TMUX_HOST"

    /// The program under test: reads lines until end of input and reports each result on the screen.
    func testInteractiveHost() throws {
        guard ProcessInfo.processInfo.environment[Self.hostVariable] == "1" else {
            throw XCTSkip("runs only inside tmux, started by testRealTerminalThroughTmux")
        }
        let editor = LineEditor(programName: "alinea-host", historyPath: LineEditor.defaultHistoryPath())
        let words = ["print", "printf", "range", "randn", "relu"]
        editor.completer = { line, cursor in
            let before = Array(line.prefix(cursor))
            var start = before.count
            while start > 0, before[start - 1].isLetter { start -= 1 }
            let word = String(before[start...])
            return Completion(replaceFrom: start, candidates: words.filter { $0.hasPrefix(word) })
        }
        report("READY interactive=\(editor.isInteractive)")
        var prompt = "host> "
        while true {
            switch editor.read(prompt: prompt) {
            case .line(let line):
                report("[line: \(line)]")
                editor.addHistory(line)
                prompt = line.hasSuffix("{") ? "...   " : "host> "
            case .interrupted:
                report("[interrupted]")
                prompt = "host> "
            case .endOfInput:
                report("[end]")
                return
            }
        }
    }

    private func report(_ text: String) {
        print(text)
        fflush(nil)  // all streams: `stdout` itself is a C global Swift 6 rejects
    }

    func testRealTerminalThroughTmux() throws {
        let binary = CommandLine.arguments[0]
        let tmux = try TmuxDriver(command: [binary, "LineEditorTests.LineEditorTmuxTests/testInteractiveHost"],
                                  width: 80, height: 40, environment: [Self.hostVariable: "1"])
        defer { tmux.stop() }
        try tmux.waitFor("READY interactive=true", timeout: 20)
        func enter(_ text: String, expect: String, count: Int = 1) throws {
            try tmux.type(text)
            try tmux.sendKeys("Enter")
            try tmux.waitUntil("\(count)× \(expect)") { $0.components(separatedBy: expect).count > count }
        }
        try enter("let x = 1", expect: "[line: let x = 1]")
        try enter("print(x) # é→", expect: "[line: print(x) # é→]")
        try enter("let y = 2", expect: "[line: let y = 2]")
        // ↑ recalls the newest entry starting with the typed prefix, passing over "let y = 2".
        try tmux.type("pri")
        try tmux.sendKeys("Up")
        try tmux.waitFor("host> print(x) # é→")
        try tmux.sendKeys("Enter")
        try tmux.waitUntil("recalled line") { $0.components(separatedBy: "[line: print(x) # é→]").count == 3 }
        // ^R incremental search.
        try tmux.sendKeys("C-r")
        try tmux.type("x = 1")
        try tmux.sendKeys("Enter")
        try tmux.waitUntil("found by ^R") { $0.components(separatedBy: "[line: let x = 1]").count == 3 }
        // Tab: common prefix, then a listing on the second Tab, then a unique completion.
        try tmux.type("z = ra")
        try tmux.sendKeys("Tab")
        try tmux.waitFor("host> z = ran")
        try tmux.sendKeys("Tab")
        try tmux.waitFor("randn  range")
        try tmux.type("g")
        try tmux.sendKeys("Tab", "Enter")
        try tmux.waitFor("[line: z = range]")
        // Multi-line input with a continuation prompt and Tab indentation.
        try enter("fn f() {", expect: "[line: fn f() {]")
        try tmux.sendKeys("Tab")
        try enter("1", expect: "[line:     1]")
        // Ctrl-C discards the line; Ctrl-D on an empty line ends the input.
        try tmux.type("discard me")
        try tmux.sendKeys("C-c")
        try tmux.waitFor("[interrupted]")
        try tmux.sendKeys("C-d")
        try tmux.waitFor("[end]")
        XCTAssertEqual(try tmux.waitForExit(timeout: 20), 0)
        let history = try String(contentsOfFile: tmux.home.file(".alinea_history"), encoding: .utf8)
        XCTAssertEqual(history, """
            let x = 1
            print(x) # é→
            let y = 2
            print(x) # é→
            let x = 1
            z = range
            fn f() {
                1

            """)
    }
}
