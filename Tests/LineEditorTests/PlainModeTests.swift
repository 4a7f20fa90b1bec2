import Foundation
import TestSupport
import XCTest
@testable import LineEditor

/// When input is not a terminal the editor reads plain lines: no prompt, no escape codes, no history writes.
final class PlainModeTests: XCTestCase {
    /// A pipe whose write end already holds `text` and is closed, so reads end.
    private func pipe(containing text: String) -> Int32 {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(Foundation.pipe(&fds), 0)
        let bytes = Array(text.utf8)
        XCTAssertEqual(bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }, bytes.count)
        close(fds[1])
        return fds[0]
    }

    func testReadsLinesFromAPipeWithoutWritingAnything() throws {
        let input = pipe(containing: "print(1+1)\r\nlet s = \"é→\"\n\nlast line without newline")
        defer { close(input) }
        var outputFDs: [Int32] = [0, 0]
        XCTAssertEqual(Foundation.pipe(&outputFDs), 0)
        defer { close(outputFDs[0]) }
        let directory = try TemporaryDirectory()
        let historyPath = directory.file("history")
        var lines: [ReadResult] = []
        do {
            let editor = LineEditor(programName: "alinea-test", historyPath: historyPath,
                                    input: input, output: outputFDs[1])
            XCTAssertFalse(editor.isInteractive)
            for _ in 0..<5 {
                let result = editor.read(prompt: "alinea> ")
                lines.append(result)
                if case .line(let line) = result { editor.addHistory(line) }
            }
            XCTAssertEqual(editor.historyEntries, [])
        }
        close(outputFDs[1])
        XCTAssertEqual(lines, [
            .line("print(1+1)"), .line("let s = \"é→\""), .line(""), .line("last line without newline"), .endOfInput,
        ])
        var byte: UInt8 = 0
        XCTAssertEqual(read(outputFDs[0], &byte, 1), 0, "no prompt and no escape codes on the output")
        XCTAssertFalse(FileManager.default.fileExists(atPath: historyPath), "no history writes")
    }

    func testReadLineReturnsNilAtEndOfInput() {
        let input = pipe(containing: "only\n")
        defer { close(input) }
        let editor = LineEditor(programName: "alinea-test", historyPath: nil, input: input, output: input)
        XCTAssertEqual(editor.readLine(prompt: "> "), "only")
        XCTAssertNil(editor.readLine(prompt: "> "))
        XCTAssertNil(editor.readLine(prompt: "> "), "stays at the end")
    }

    func testLongLinesAcrossReadChunks() {
        let long = String(repeating: "x", count: 10_000)
        let input = pipe(containing: long + "\nnext\n")
        defer { close(input) }
        let editor = LineEditor(programName: "alinea-test", historyPath: nil, input: input, output: input)
        XCTAssertEqual(editor.readLine(prompt: ""), long)
        XCTAssertEqual(editor.readLine(prompt: ""), "next")
    }

    func testInvalidUTF8IsRepairedNotFatal() {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(Foundation.pipe(&fds), 0)
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0x0A]
        _ = bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
        close(fds[1])
        defer { close(fds[0]) }
        let editor = LineEditor(programName: "alinea-test", historyPath: nil, input: fds[0], output: fds[0])
        XCTAssertEqual(editor.readLine(prompt: ""), "a\u{FFFD}b")
    }
}
