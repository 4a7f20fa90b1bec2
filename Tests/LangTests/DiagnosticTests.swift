import XCTest
@testable import Lang

final class DiagnosticTests: XCTestCase {
    func testRenderMatchesTheCompilerShape() {
        let file = SourceFile(name: "script.aln", text: "let x = 1\n\nlet y = f(1, 2\n")
        let d = Diagnostic(.error, "expected ')' after arguments",
                           range: SourceRange(file: file, start: 19, end: 25), hint: "did you mean 'print'?")
        XCTAssertEqual(DiagnosticRenderer().render(d), """
            script.aln:3:9: error: expected ')' after arguments
                let y = f(1, 2
                        ^~~~~~
            hint: did you mean 'print'?
            """)
    }

    func testParserErrorRendersWithCaretUnderTheCall() {
        let (_, result) = runCode("let x = 1\nlet y = f(1, 2", name: "script.aln")
        XCTAssertEqual(DiagnosticRenderer().render(result.diagnostics[0]), """
            script.aln:2:9: error: expected ')' after arguments
                let y = f(1, 2
                        ^~~~~~
            """)
        XCTAssertTrue(result.isIncomplete)
    }

    func testColumnsCountCharactersAndTabsAreKept() {
        let file = SourceFile(name: "t", text: "\t\"é\" + x")
        let start = Array(file.bytes).firstIndex(of: UInt8(ascii: "x")) ?? 0
        let d = Diagnostic(.error, "m", range: SourceRange(file: file, start: start, end: start + 1))
        XCTAssertEqual(d.range?.startLocation.column, 8)
        XCTAssertEqual(DiagnosticRenderer().render(d).split(separator: "\n").last, "    \t      ^")
    }

    func testEmptyRangeAtEndOfLineAndMultilineSpan() {
        let file = SourceFile(name: "t", text: "abc\ndef")
        let atEnd = Diagnostic(.error, "m", range: SourceRange(file: file, start: 3, end: 3))
        XCTAssertEqual(DiagnosticRenderer().render(atEnd).split(separator: "\n").last, "       ^")
        let multi = Diagnostic(.error, "m", range: SourceRange(file: file, start: 1, end: 6))
        XCTAssertEqual(DiagnosticRenderer().render(multi).split(separator: "\n").last, "     ^~")
    }

    func testNotesTracebackAndNoRange() {
        let file = SourceFile(name: "a.aln", text: "f()\ng()")
        let d = Diagnostic(.warning, "w", range: nil, notes: [.init("see here", range: SourceRange(file: file, start: 4, end: 5))],
                           traceback: [.init(function: "g", range: SourceRange(file: file, start: 4, end: 5)),
                                       .init(function: "<script>", range: nil)])
        XCTAssertEqual(DiagnosticRenderer().render(d), """
            warning: w
            note: a.aln:2:1: see here
            traceback (most recent call first):
              a.aln:2 in g
              in <script>
            """)
    }

    func testColorWrapsSeverityAndCaret() {
        let file = SourceFile(name: "t", text: "x")
        let out = DiagnosticRenderer(color: true).render(Diagnostic(.error, "m", range: SourceRange(file: file, start: 0, end: 1)))
        XCTAssertTrue(out.contains("\u{1B}[1;31merror\u{1B}[0m"))
    }

    func testEditDistanceAndSuggestions() {
        XCTAssertEqual(Suggestions.distance("retrun", "return"), 1)
        XCTAssertEqual(Suggestions.distance("kitten", "sitting"), 3)
        XCTAssertEqual(Suggestions.closest(to: "pritn", in: ["print", "len", "range"]), "print")
        XCTAssertNil(Suggestions.closest(to: "zzz", in: ["print", "len"]))
    }

    func testLineTableAndLocations() {
        let file = SourceFile(name: "t", text: "ab\n\ncd")
        XCTAssertEqual(file.lineCount, 3)
        XCTAssertEqual(file.location(of: 5).description, "3:2")
        XCTAssertEqual(file.lineText(3), "cd")
        XCTAssertEqual(file.lineText(9), "")
        XCTAssertEqual(file.location(of: 100).line, 3)
    }
}
