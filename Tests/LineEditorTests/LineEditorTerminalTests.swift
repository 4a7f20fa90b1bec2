import Foundation
import XCTest
@testable import LineEditor

/// Drives the real libedit through a pseudo-terminal, in-process: every key binding the REPL relies on.
final class LineEditorTerminalTests: XCTestCase {
    private let up = "\u{1B}[A", down = "\u{1B}[B", upApplicationMode = "\u{1B}OA"
    private let words = ["print", "printf", "println", "private", "range", "randn", "relu", "é→ok"]

    private func makeEditor(_ pty: PseudoTerminal, history: String? = nil) -> LineEditor {
        LineEditor(programName: "alinea-test", historyPath: history, historyLimit: 100,
                   input: pty.slave, output: pty.slave, terminal: "xterm")
    }

    /// Reads one result per expected value, with the watchdog armed so a wrong script fails instead of hanging.
    private func read(_ editor: LineEditor, _ pty: PseudoTerminal, count: Int,
                      prompt: String = "> ") -> [ReadResult] {
        pty.startWatchdog()
        defer { pty.finish() }
        return (0..<count).map { _ in editor.read(prompt: prompt) }
    }

    func testEditorIsInteractiveOnATerminalAndAcceptsAllBindings() throws {
        let pty = try PseudoTerminal()
        let editor = makeEditor(pty)
        XCTAssertTrue(editor.isInteractive)
        XCTAssertEqual(editor.failedBindings, [])
    }

    func testTypingEditingAndUTF8RoundTrip() throws {
        let pty = try PseudoTerminal()
        let editor = makeEditor(pty)
        // ^B moves left; \e[1~ is Home as tmux sends it; ^D on an empty line ends the input.
        pty.type("héllo é→ wörld\r" + "abd\u{2}c\r" + "ore\u{1B}[1~m\r" + "\u{4}")
        XCTAssertEqual(read(editor, pty, count: 4), [
            .line("héllo é→ wörld"), .line("abcd"), .line("more"), .endOfInput,
        ])
        XCTAssertTrue(pty.drain().contains("> héllo é→ wörld"), "the prompt and the UTF-8 text are echoed")
    }

    func testUpAndDownSearchHistoryByPrefix() throws {
        let pty = try PseudoTerminal()
        let editor = makeEditor(pty)
        for entry in ["print(1)", "let x = 3", "printf(2)", "let y = 4"] { editor.addHistory(entry) }
        pty.type("pri" + up + "\r")                       // newest entry starting with "pri"
        pty.type("pri" + up + up + "\r")                  // the one before it
        pty.type("pri" + up + down + "\r")                // ↓ past the newest restores what was typed
        pty.type(upApplicationMode + "\r")                // empty prefix: plain previous entry, \eOA form
        pty.type("p.i" + up + "\r")                       // no regex or substring matching: nothing found
        pty.type("\u{4}")
        XCTAssertEqual(read(editor, pty, count: 6), [
            .line("printf(2)"), .line("print(1)"), .line("pri"), .line("let y = 4"), .line("p.i"), .endOfInput,
        ])
    }

    func testCtrlRSearchesHistoryIncrementally() throws {
        let pty = try PseudoTerminal()
        let editor = makeEditor(pty)
        for entry in ["let x = 3", "print(x)", "let y = 4", "print(y)"] { editor.addHistory(entry) }
        pty.type("\u{12}let\r" + "\u{12}let\u{12}\r" + "\u{4}")
        XCTAssertEqual(read(editor, pty, count: 3), [.line("let y = 4"), .line("let x = 3"), .endOfInput])
    }

    func testTabCompletesInsertsCommonPrefixAndListsOnSecondTab() throws {
        let pty = try PseudoTerminal()
        let editor = makeEditor(pty)
        let words = self.words
        editor.completer = { line, cursor in
            let before = Array(line.prefix(cursor))
            var start = before.count
            while start > 0, !before[start - 1].isWhitespace, before[start - 1] != "(" { start -= 1 }
            let word = String(before[start...])
            return Completion(replaceFrom: start, candidates: words.filter { $0.hasPrefix(word) })
        }
        pty.type("x = rel\t\r")          // one candidate: inserted
        pty.type("x = ra\t\r")           // range, randn: the common prefix "ran"
        pty.type("f(é\t)\r")             // multibyte word and text after the cursor
        pty.type("\tx\r")                // only blanks before the cursor: indent
        pty.type("x = ran\t\t\u{15}\r")  // second Tab lists the candidates; ^U clears the line
        pty.type("zzz\t\r")              // no candidates: beep, line unchanged
        pty.type("\u{4}")
        XCTAssertEqual(read(editor, pty, count: 7), [
            .line("x = relu"), .line("x = ran"), .line("f(é→ok)"), .line("    x"), .line(""), .line("zzz"),
            .endOfInput,
        ])
        XCTAssertTrue(pty.drain().contains("randn  range"), "a double Tab lists the candidates in columns")
    }

    func testCtrlCDiscardsTheLineAndEditingContinues() throws {
        let pty = try PseudoTerminal()
        let editor = makeEditor(pty)
        pty.type("abc\u{2}\u{3}" + "def\r" + "\u{4}")
        XCTAssertEqual(read(editor, pty, count: 3), [.interrupted, .line("def"), .endOfInput])
        let screen = pty.drain()
        XCTAssertTrue(screen.contains("abc") && screen.contains("^C"), screen.debugDescription)
    }

    func testReadLineMapsInterruptToEmptyStringAndEndToNil() throws {
        let pty = try PseudoTerminal()
        let editor = makeEditor(pty)
        pty.type("oops\u{3}" + "\u{4}")
        pty.startWatchdog()
        defer { pty.finish() }
        XCTAssertEqual(editor.readLine(prompt: "> "), "")
        XCTAssertNil(editor.readLine(prompt: "> "))
    }

    func testPromptEscapeSequencesAreSentVerbatim() throws {
        let pty = try PseudoTerminal()
        let editor = makeEditor(pty)
        pty.type("ok\r")
        pty.startWatchdog()
        defer { pty.finish() }
        // Bold "α>" then reset; the \u{1} brackets tell libedit these bytes take no columns.
        XCTAssertEqual(editor.read(prompt: "\u{1}\u{1B}[1m\u{1}α>\u{1}\u{1B}[0m\u{1} "), .line("ok"))
        let screen = pty.drain()
        XCTAssertTrue(screen.contains("\u{1B}[1mα>\u{1B}[0m"), screen.debugDescription)
        XCTAssertFalse(screen.contains("\u{1}"), "the delimiters themselves are not printed")
    }

    func testMultiLineInputWithContinuationPrompt() throws {
        let pty = try PseudoTerminal()
        let editor = makeEditor(pty)
        pty.type("fn f(x) {\r" + "\tx * 2\r" + "}\r")
        pty.startWatchdog()
        defer { pty.finish() }
        XCTAssertEqual(editor.read(prompt: "alinea> "), .line("fn f(x) {"))
        XCTAssertEqual(editor.read(prompt: "...     "), .line("    x * 2"))
        XCTAssertEqual(editor.read(prompt: "...     "), .line("}"))
        let screen = pty.drain()
        // libedit draws the prompt's trailing blanks as a cursor move, so look for the parts.
        XCTAssertTrue(screen.contains("alinea> fn f(x) {"), screen.debugDescription)
        XCTAssertTrue(screen.contains("...") && screen.contains("x * 2") && screen.contains("}"), screen.debugDescription)
    }
}
