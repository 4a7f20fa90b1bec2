import XCTest
@testable import Lang

final class ParserTests: XCTestCase {
    func testPrecedence() {
        XCTAssertEqual(parseExpr("1 + 2 * 3"), "(+ 1 (* 2 3))")
        XCTAssertEqual(parseExpr("a or b and not c == d"), "(or a (and b (not (== c d))))")
        XCTAssertEqual(parseExpr("-2 ** 2"), "(- (** 2 2))")
        XCTAssertEqual(parseExpr("-x ** 2"), "(- (** x 2))")
        XCTAssertEqual(parseExpr("2 ** 3 ** 2"), "(** 2 (** 3 2))")
        XCTAssertEqual(parseExpr("2 ** -1"), "(** 2 -1)")
        XCTAssertEqual(parseExpr("a @ b + c % d"), "(+ (@ a b) (% c d))")
        XCTAssertEqual(parseExpr("a - b - c"), "(- (- a b) c)")
        XCTAssertEqual(parseExpr("x in xs == true"), "error: comparison operators cannot be chained")
        XCTAssertEqual(parseExpr("-f(x).y[0]"), "(- (index (. (call f x) y) 0))")
    }

    func testPostfixCallsAndArguments() {
        XCTAssertEqual(parseExpr("dpo(a, b, beta = 0.5)"), "(call dpo a b beta=0.5)")
        XCTAssertEqual(parseExpr("t.sum(axis = 1)"), "(call (. t sum) axis=1)")
        XCTAssertEqual(parseExpr("f(a = 1, b)"), "error: positional argument after a named argument")
        XCTAssertEqual(parseExpr("f(1,\n 2,\n)"), "(call f 1 2)")
    }

    func testSubscriptsAndSlices() {
        XCTAssertEqual(parseExpr("xs[-1]"), "(index xs -1)")
        XCTAssertEqual(parseExpr("t[1:3]"), "(index t 1:3:_)")
        XCTAssertEqual(parseExpr("t[:, 0]"), "(index t _:_:_ 0)")
        XCTAssertEqual(parseExpr("t[::2]"), "(index t _:_:2)")
        XCTAssertEqual(parseExpr("t[1:]"), "(index t 1:_:_)")
        XCTAssertEqual(parseExpr("t[:-1, ::-1]"), "(index t _:-1:_ _:_:-1)")
    }

    func testLiteralsAndClosures() {
        XCTAssertEqual(parseExpr("[1, [2], {\"a\": 1}]"), "[1 [2] {\"a\":1}]")
        XCTAssertEqual(parseExpr("{\n\"lr\": 0.1,\n\"b\": 2\n}"), "{\"lr\":0.1 \"b\":2}")
        XCTAssertEqual(parseExpr("{}"), "{}")
        XCTAssertEqual(parseExpr("fn(a, b = 1) { a + b }"), "(fn a b)")
        XCTAssertEqual(parseExpr("\"loss = {x * 2}!\""), "(str \"loss = \" (* x 2) \"!\")")
        XCTAssertEqual(parseExpr("if a { 1 } else if b { 2 } else { 3 }"), "(if a b else)")
        XCTAssertEqual(parseExpr("if a { 1 }\nelse { 2 }"), "(if a else)")
        XCTAssertEqual(parseExpr("no_grad { 1; 2 }"), "(no_grad 2)")
        XCTAssertEqual(parseExpr("{ let x = 1\n x }"), "(block 2)")
    }

    func testStatements() {
        let r = Parser.parse(SourceFile(name: "t", text: """
            let x = 1; x = 2; x += 3
            xs[0] = 1; obj.attr = 2
            fn f(a, b = 2) { return a }
            while x < 3 { break }
            for k, v in d { continue }
            import "other.aln"
            """))
        XCTAssertEqual(r.diagnostics.map(\.message), [])
        let kinds = r.program.statements.map { s -> String in
            switch s.kind {
            case .letBinding: return "let"
            case .assign(_, let op, _): return op == nil ? "assign" : "assign\(op!.rawValue)"
            case .function: return "fn"
            case .whileLoop: return "while"
            case .forLoop(let names, _, _): return "for\(names.count)"
            case .importFile(let p): return "import \(p)"
            default: return "other"
            }
        }
        XCTAssertEqual(kinds, ["let", "assign", "assign+", "assign", "assign", "fn", "while", "for2", "import other.aln"])
    }

    func testEveryNodeHasARange() {
        let file = SourceFile(name: "t", text: "let y = f(1, xs[2])")
        let r = Parser.parse(file)
        guard case .letBinding(let name, let value) = r.program.statements[0].kind else { return XCTFail() }
        XCTAssertEqual(name.range.startLocation.column, 5)
        XCTAssertEqual(value.range.startLocation.column, 9)
        XCTAssertEqual(value.range.endLocation.column, 20)
        guard case .call(_, let args) = value.kind else { return XCTFail() }
        XCTAssertEqual(args[1].value.range.startLocation.column, 14)
    }

    func testInvalidAssignmentTarget() {
        XCTAssertEqual(parseMessages("f() = 1"), ["cannot assign to this expression"])
    }

    func testSeveralErrorsAreReported() {
        let messages = parseMessages("""
            let = 1
            let y = (1 +
            ]
            print(1))
            let ok = 2
            x = = 3
            """)
        XCTAssertEqual(messages.count, 4, "\(messages)")
        XCTAssertEqual(messages[0], "expected a variable name after 'let', found '='")
    }

    func testMisspelledKeywordsGetHints() {
        for (text, keyword) in [("retrun x", "return"), ("whlie x < 3 { }", "while"),
                                ("fucntion foo() { }", "fn"), ("esle { }", "else"), ("def f() { }", "fn")] {
            let d = Parser.parse(SourceFile(name: "t", text: text)).diagnostics
            XCTAssertEqual(d.first?.hint, "did you mean '\(keyword)'?", text)
            XCTAssertEqual(d.first?.range?.startLocation.column, 1, text)
        }
    }

    func testNestingLimitIsALocatedError() {
        let deep = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        let d = Parser.parse(SourceFile(name: "t", text: "let x = " + deep)).diagnostics
        XCTAssertEqual(d.count, 1)
        XCTAssertTrue(d[0].message.hasPrefix("too deeply nested"))
        XCTAssertEqual(d[0].range?.startLocation.column, 9 + Parser.maxNesting)
        let blocks = String(repeating: "if x {\n", count: 300) + String(repeating: "}\n", count: 300)
        XCTAssertTrue(parseMessages(blocks).first?.hasPrefix("too deeply nested") ?? false)
        let unary = String(repeating: "-", count: 1000) + "x"
        XCTAssertTrue(parseMessages(unary).first?.hasPrefix("too deeply nested") ?? false)
    }

    func testLongOperatorChainIsLimited() {
        let long = Array(repeating: "1", count: Parser.maxChain + 10).joined(separator: "+")
        XCTAssertTrue(parseMessages(long).first?.hasPrefix("expression too long") ?? false)
        let ok = Array(repeating: "1", count: 2000).joined(separator: "+")
        XCTAssertEqual(parseMessages(ok), [])
    }

    func testIncompleteInput() {
        for text in ["fn f() {", "let x = (1 +", "let x = 1 +", "print(\"abc", "xs = [1,\n2,", "if x {\n  print(1)",
                     "let s = \"a {x"] {
            XCTAssertTrue(Parser.isIncomplete(text), text)
        }
        for text in ["let x = 1", "let = 1", "f(1))", "fn f() { }", "print(1) 2", ""] {
            XCTAssertFalse(Parser.isIncomplete(text), text)
        }
    }

    func testTrailingSemicolonIsRecorded() {
        XCTAssertTrue(Parser.parse(SourceFile(name: "t", text: "1 + 2;")).program.endsWithSemicolon)
        XCTAssertFalse(Parser.parse(SourceFile(name: "t", text: "1; 2")).program.endsWithSemicolon)
    }
}
