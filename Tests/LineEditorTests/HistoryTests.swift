import Foundation
import TestSupport
import XCTest
@testable import LineEditor

/// The history file: appended per line, shared by concurrent sessions, loaded at start.
final class HistoryTests: XCTestCase {
    private func makeEditor(_ pty: PseudoTerminal, _ path: String?, limit: Int = 100) -> LineEditor {
        LineEditor(programName: "alinea-test", historyPath: path, historyLimit: limit,
                   input: pty.slave, output: pty.slave, terminal: "xterm")
    }

    func testTwoSessionsAppendWithoutClobberingAndANewSessionLoadsBoth() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("history")
        let (pty1, pty2, pty3) = (try PseudoTerminal(), try PseudoTerminal(), try PseudoTerminal())
        let first = makeEditor(pty1, path)
        XCTAssertEqual(first.historyEntries, [], "a missing file is an empty history")
        first.addHistory("let x = 1")
        let second = makeEditor(pty2, path)
        XCTAssertEqual(second.historyEntries, ["let x = 1"], "appended at once, not at exit")
        second.addHistory("print(x) # é→")
        first.addHistory("x = x + 1")
        let third = makeEditor(pty3, path)
        XCTAssertEqual(third.historyEntries, ["let x = 1", "print(x) # é→", "x = x + 1"])
        XCTAssertEqual(first.historyEntries, ["let x = 1", "x = x + 1"], "a session does not reload")
    }

    func testLoadedHistoryIsRecalledWithUp() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("history")
        XCTAssertTrue(HistoryFile(path: path, limit: 10).append("print(42)"))
        let pty = try PseudoTerminal()
        let editor = makeEditor(pty, path)
        pty.type("\u{1B}[A\r\u{4}")
        pty.startWatchdog()
        defer { pty.finish() }
        XCTAssertEqual(editor.read(prompt: "> "), .line("print(42)"))
        XCTAssertEqual(editor.read(prompt: "> "), .endOfInput)
    }

    func testBlankLinesAndImmediateRepeatsAreNotRecorded() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("history")
        let pty = try PseudoTerminal()
        let editor = makeEditor(pty, path)
        for line in ["a", "a", "  ", "", "b", "a"] { editor.addHistory(line) }
        XCTAssertEqual(editor.historyEntries, ["a", "b", "a"])
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "a\nb\na\n")
    }

    func testMemoryKeepsTheLimitAndLoadCompactsAnOvergrownFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("history")
        let file = HistoryFile(path: path, limit: 3)
        for index in 1...7 { file.append("line \(index)") }
        XCTAssertEqual(file.load(), ["line 5", "line 6", "line 7"])
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "line 5\nline 6\nline 7\n",
                       "more than twice the limit: rewritten")
        let pty = try PseudoTerminal()
        let editor = makeEditor(pty, path, limit: 3)
        editor.addHistory("line 8")
        XCTAssertEqual(editor.historyEntries, ["line 6", "line 7", "line 8"])
    }

    func testEntriesWithNewlinesAndBackslashesSurviveTheFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("history")
        let file = HistoryFile(path: path, limit: 10)
        let entries = ["fn f() {\n  1\n}", #"print("a\nb")"#, #"\\"#, "plain", "tail\\"]
        for entry in entries { file.append(entry) }
        XCTAssertEqual(file.load(), entries)
        XCTAssertEqual(HistoryFile.encode("plain é"), "plain é", "ordinary lines are stored verbatim")
        XCTAssertEqual(HistoryFile.decode(#"a\qb"#), #"a\qb"#, "unknown escapes are kept")
    }

    func testCRLFFileFromAnotherEditorLoads() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("history")
        try "one\r\ntwo\r\n\r\nthree".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(HistoryFile(path: path, limit: 10).load(), ["one", "two", "three"])
    }

    func testUnwritableHistoryIsReportedNotFatal() throws {
        let directory = try TemporaryDirectory()
        XCTAssertFalse(HistoryFile(path: directory.file("missing/dir/history"), limit: 10).append("x"))
    }

    func testDefaultHistoryPath() {
        XCTAssertEqual(LineEditor.defaultHistoryPath(environment: ["HOME": "/home/u"]), "/home/u/.alinea_history")
        XCTAssertEqual(LineEditor.defaultHistoryPath(environment: ["HOME": "/home/u", "ALINEA_HISTORY": "/tmp/h"]),
                       "/tmp/h")
        XCTAssertNil(LineEditor.defaultHistoryPath(environment: ["HOME": "/home/u", "ALINEA_HISTORY": ""]),
                     "an empty ALINEA_HISTORY disables history")
    }
}
