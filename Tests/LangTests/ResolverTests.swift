import XCTest
@testable import Lang

final class ResolverTests: XCTestCase {
    func resolve(_ text: String, globals: [String] = ["print"]) -> (Resolution, [Diagnostic], Program) {
        let table = GlobalTable()
        for g in globals { table.define(g, .nil) }
        let program = Parser.parse(SourceFile(name: "t.aln", text: text)).program
        let (resolution, diagnostics) = Resolver.resolve(program, globals: table)
        return (resolution, diagnostics, program)
    }

    func testTopLevelNamesAreGlobalsAndBlockNamesAreSlots() {
        let (res, diags, _) = resolve("let a = 1\nif a { let b = a; print(b) }\nfor i in range(3) { }", globals: ["print", "range"])
        XCTAssertEqual(diags.map(\.message), [])
        XCTAssertEqual(res.script.slotCount, 2)  // b and i
        XCTAssertEqual(res.script.cellCount, 0)
    }

    func testParametersComeFirstAndCapturedLocalsUseCells() {
        let (res, diags, _) = resolve("fn f(a, b) { let c = a\n fn() { b + c } }")
        XCTAssertEqual(diags.map(\.message), [])
        let layouts = res.functions.values.sorted { $0.name < $1.name }
        let closure = layouts[0], f = layouts[1]
        XCTAssertEqual(f.name, "f")
        XCTAssertEqual(f.parameters.map(\.slot), [0, 1])
        XCTAssertEqual(f.cellCount, 2)  // b and c are captured
        XCTAssertEqual(closure.captures.count, 2)
    }

    func testUpvaluesChainThroughIntermediateFunctions() {
        let (res, diags, _) = resolve("fn outer() { let x = 1\n fn middle() { fn inner() { x } } }")
        XCTAssertEqual(diags.map(\.message), [])
        let middle = res.functions.values.first { $0.name == "middle" }
        let inner = res.functions.values.first { $0.name == "inner" }
        guard case .enclosingLocal? = middle?.captures.first, case .enclosingUpvalue(0)? = inner?.captures.first else {
            return XCTFail("unexpected captures")
        }
    }

    func testUndefinedNamesGetHintsFromScopeAndGlobals() {
        let (_, diags, _) = resolve("fn f(alpha) { alpah + prnt(1) }")
        XCTAssertEqual(diags.map(\.message), ["undefined variable 'alpah'", "undefined variable 'prnt'"])
        XCTAssertEqual(diags.map(\.hint), ["did you mean 'alpha'?", "did you mean 'print'?"])
    }

    func testForwardReferencesToTopLevelFunctionsResolve() {
        let (_, diags, _) = resolve("fn a() { b() }\nfn b() { 1 }")
        XCTAssertEqual(diags.map(\.message), [])
    }

    func testLetInitializerSeesOuterBinding() {
        let (_, diags, _) = resolve("fn f() { let x = x }")
        XCTAssertEqual(diags.map(\.message), ["undefined variable 'x'"])
    }

    func testMisplacedControlFlow() {
        let (_, diags, _) = resolve("break\ncontinue\nreturn 1\nwhile true { fn g() { break } }\nif true { import \"x.aln\" }")
        XCTAssertEqual(diags.map(\.message), ["'break' outside a loop", "'continue' outside a loop",
                                              "'return' outside a function", "'break' outside a loop",
                                              "'import' is only allowed at the top level of a file"])
    }

    func testAssignmentToUndeclaredName() {
        let (_, diags, _) = resolve("y = 1\nlet total = 0\ntotl = 2")
        XCTAssertEqual(diags.map(\.message), ["cannot assign to undeclared variable 'y'",
                                              "cannot assign to undeclared variable 'totl'"])
        XCTAssertEqual(diags.map(\.hint), ["declare it first with 'let y = ...'", "did you mean 'total'?"])
    }

    func testDuplicateParametersAndArguments() {
        let (_, diags, _) = resolve("fn f(a, a) { }\nprint(x = 1, x = 2)")
        XCTAssertEqual(diags.map(\.message), ["duplicate parameter 'a'", "argument 'x' is given twice"])
    }
}
