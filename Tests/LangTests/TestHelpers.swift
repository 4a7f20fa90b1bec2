import XCTest
@testable import Lang

/// Runs code in a fresh session and returns what it printed and the result.
func runCode(_ code: String, name: String = "test.aln") -> (output: String, result: RunResult) {
    var output = ""
    let session = Session(output: { output += $0 })
    let result = session.run(code, name: name)
    return (output, result)
}

/// The printed output of code that must succeed.
func output(of code: String, file: StaticString = #filePath, line: UInt = #line) -> String {
    let (out, result) = runCode(code)
    if !result.succeeded {
        XCTFail("unexpected error:\n" + DiagnosticRenderer().render(result.diagnostics), file: file, line: line)
    }
    return out
}

/// The rendered diagnostics of code that must fail.
func errors(of code: String, file: StaticString = #filePath, line: UInt = #line) -> String {
    let (_, result) = runCode(code)
    if result.succeeded { XCTFail("expected an error", file: file, line: line) }
    return DiagnosticRenderer().render(result.diagnostics)
}

/// The value of the last expression of code.
func value(of code: String, file: StaticString = #filePath, line: UInt = #line) -> Value? {
    let (_, result) = runCode(code)
    if !result.succeeded {
        XCTFail("unexpected error:\n" + DiagnosticRenderer().render(result.diagnostics), file: file, line: line)
    }
    return result.value
}

/// Token kinds of a source, without the final end-of-input.
func tokenKinds(_ text: String) -> [TokenKind] {
    Lexer.lex(SourceFile(name: "t", text: text)).tokens.map(\.kind).dropLast()
}

/// Parses and returns the diagnostics' messages.
func parseMessages(_ text: String) -> [String] {
    Parser.parse(SourceFile(name: "t.aln", text: text)).diagnostics.map(\.message)
}
