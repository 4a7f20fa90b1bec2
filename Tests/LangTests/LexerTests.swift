import XCTest
@testable import Lang

final class LexerTests: XCTestCase {
    func testNumbers() {
        let tokens = Lexer.lex(SourceFile(name: "t", text: "1 2.5 1e3 1.5e-2 1_000 0.1")).tokens
        XCTAssertEqual(tokens.dropLast().map(\.number), [1, 2.5, 1000, 0.015, 1000, 0.1])
    }

    func testInvalidNumbers() {
        let r = Lexer.lex(SourceFile(name: "t", text: "3x 1e"))
        XCTAssertEqual(r.diagnostics.map(\.message),
                       ["invalid number literal '3x'", "expected digits in the exponent of a number"])
    }

    func testKeywordsAndIdentifiers() {
        XCTAssertEqual(tokenKinds("let fn if else while for in break continue return and or not true false nil import no_grad x_1"),
                       [.kwLet, .kwFn, .kwIf, .kwElse, .kwWhile, .kwFor, .kwIn, .kwBreak, .kwContinue, .kwReturn,
                        .kwAnd, .kwOr, .kwNot, .kwTrue, .kwFalse, .kwNil, .kwImport, .kwNoGrad, .identifier])
    }

    func testOperators() {
        XCTAssertEqual(tokenKinds("+ - * / % ** @ == != < <= > >= = += -= *= /= ( ) [ ] { } , . : ;"),
                       [.plus, .minus, .star, .slash, .percent, .starStar, .at, .equalEqual, .bangEqual, .less,
                        .lessEqual, .greater, .greaterEqual, .equal, .plusEqual, .minusEqual, .starEqual, .slashEqual,
                        .leftParen, .rightParen, .leftBracket, .rightBracket, .leftBrace, .rightBrace, .comma, .dot,
                        .colon, .semicolon])
    }

    func testNewlinesEndStatementsExceptInsideParensAndAfterOperators() {
        XCTAssertEqual(tokenKinds("a\nb"), [.identifier, .newline, .identifier])
        XCTAssertEqual(tokenKinds("f(a,\nb)\nc"), [.identifier, .leftParen, .identifier, .comma, .identifier,
                                                  .rightParen, .newline, .identifier])
        XCTAssertEqual(tokenKinds("[1\n2]"), [.leftBracket, .number, .number, .rightBracket])
        XCTAssertEqual(tokenKinds("a +\nb"), [.identifier, .plus, .identifier])
        XCTAssertEqual(tokenKinds("{\na\n}"), [.leftBrace, .newline, .identifier, .newline, .rightBrace])
        XCTAssertEqual(tokenKinds("\n\na # comment\n\n"), [.identifier, .newline])
    }

    func testStringEscapes() {
        let t = Lexer.lex(SourceFile(name: "t", text: #""a\n\t\"b\\ \u{e9} {{x}}" 'it\'s'"#)).tokens
        XCTAssertEqual(t[0].text, "a\n\t\"b\\ é {x}")
        XCTAssertEqual(t[1].text, "it's")
    }

    func testInterpolationTokens() {
        let r = Lexer.lex(SourceFile(name: "t", text: #""x = {a + 1}, y = {f("s")}!""#))
        XCTAssertEqual(r.tokens.dropLast().map(\.kind),
                       [.interpolationStart, .identifier, .plus, .number, .interpolationMiddle, .identifier,
                        .leftParen, .string, .rightParen, .interpolationEnd])
        XCTAssertEqual(r.tokens[0].text, "x = ")
        XCTAssertEqual(r.tokens[4].text, ", y = ")
        XCTAssertEqual(r.tokens[9].text, "!")
    }

    func testUnterminatedStringEndsEarly() {
        let r = Lexer.lex(SourceFile(name: "t", text: "let s = \"abc"))
        XCTAssertTrue(r.endedEarly)
        XCTAssertEqual(r.diagnostics.first?.message, "unterminated string")
    }

    func testInvalidUTF8IsLocated() {
        var bytes = Array("let x = 1\nlet y = \"".utf8)
        bytes.append(0xC3)  // truncated two-byte sequence
        bytes.append(contentsOf: Array("\"\n".utf8))
        let r = Lexer.lex(SourceFile(name: "bad.aln", bytes: bytes))
        XCTAssertEqual(r.diagnostics.count, 1)
        let d = r.diagnostics[0]
        XCTAssertTrue(d.message.hasPrefix("invalid UTF-8"))
        XCTAssertEqual(d.range?.startLocation.line, 2)
        XCTAssertEqual(d.range?.startLocation.column, 10)
    }

    func testUTF8ValidationRejectsOverlongAndSurrogates() {
        XCTAssertNil(UTF8Validation.firstInvalidOffset(Array("héllo ∑ 𝄞".utf8)))
        XCTAssertEqual(UTF8Validation.firstInvalidOffset([0x61, 0xC0, 0x80]), 1)  // overlong
        XCTAssertEqual(UTF8Validation.firstInvalidOffset([0xED, 0xA0, 0x80]), 0)  // surrogate
        XCTAssertEqual(UTF8Validation.firstInvalidOffset([0xF4, 0x90, 0x80, 0x80]), 0)  // > U+10FFFF
        XCTAssertEqual(UTF8Validation.firstInvalidOffset([0xE2, 0x82]), 0)  // truncated
    }

    func testUnexpectedCharactersWithHints() {
        let r = Lexer.lex(SourceFile(name: "t", text: "a && b || c ! d \u{201C}x\u{201D}"))
        XCTAssertEqual(r.diagnostics.map(\.hint), ["use 'and'", "use 'or'", "use 'not' for logical negation",
                                                   "use straight quotes \" or '", "use straight quotes \" or '"])
    }
}
