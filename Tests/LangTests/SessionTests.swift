import XCTest
@testable import Lang

final class SessionTests: XCTestCase {
    func testGlobalsPersistAndStateSurvivesErrors() {
        var out = ""
        let session = Session(output: { out += $0 })
        XCTAssertTrue(session.run("let x = 1\nfn f() { x * 10 }").succeeded)
        XCTAssertFalse(session.run("x = 2\nundefined_thing").succeeded)  // resolve error: nothing runs
        XCTAssertFalse(session.run("x = 3\n[][0]").succeeded)            // runtime error after x = 3
        XCTAssertEqual(session.run("f()").value?.repr, "30")
        XCTAssertEqual(session.run("print(x);").value.map(\.repr), nil)
        XCTAssertEqual(out, "3\n")
    }

    func testTrailingExpressionValue() {
        let session = Session()
        XCTAssertEqual(session.run("1 + 2").value?.repr, "3")
        XCTAssertNil(session.run("1 + 2;").value)
        XCTAssertNil(session.run("let y = 2").value)
        XCTAssertEqual(session.run("if true { \"a\" } else { \"b\" }").value?.repr, "\"a\"")
        XCTAssertFalse(session.run("print(1)").hasPrintableValue)
        session.define("_", .number(5))
        XCTAssertEqual(session.run("_ * 2").value?.repr, "10")
    }

    func testIncompleteInputIsFlagged() {
        let session = Session()
        let r = session.run("fn f() {")
        XCTAssertTrue(r.isIncomplete)
        XCTAssertFalse(session.run("fn f() { ] }").isIncomplete)
        XCTAssertTrue(Session.isIncomplete("let s = \"abc"))
    }

    func testImportsRunOnceRelativeToTheImporter() {
        var out = ""
        let session = Session(output: { out += $0 })
        let files: [String: String] = [
            "/proj/main.aln": "import \"lib/util.aln\"\nimport \"lib/util.aln\"\nprint(helper(2), shared)",
            "/proj/lib/util.aln": "import \"dep.aln\"\nprint(\"util runs\")\nfn helper(x) { x * k }",
            "/proj/lib/dep.aln": "let k = 21\nlet shared = \"dep\"",
        ]
        session.fileLoader = { path in
            guard let text = files[path] else { throw RuntimeError("missing") }
            return Array(text.utf8)
        }
        let r = session.runFile(path: "/proj/main.aln")
        XCTAssertEqual(DiagnosticRenderer().render(r.diagnostics), "")
        XCTAssertEqual(out, "util runs\n42 dep\n")
        out = ""
        XCTAssertTrue(session.run("import \"/proj/lib/util.aln\"\nhelper(1)").succeeded)
        XCTAssertEqual(out, "")
    }

    func testImportErrors() {
        let session = Session()
        session.fileLoader = { path in
            if path.hasSuffix("broken.aln") { return Array("let = 1".utf8) }
            if path.hasSuffix("fails.aln") { return Array("fn boom() { [][1] }\nboom()".utf8) }
            throw RuntimeError("missing")
        }
        let missing = session.run("import \"nope.aln\"")
        XCTAssertEqual(missing.diagnostics.first?.message, "cannot import 'nope.aln': file not found")
        let broken = session.run("import \"broken.aln\"")
        XCTAssertEqual(broken.diagnostics.first?.range?.file.name, "broken.aln")
        let fails = session.run("import \"fails.aln\"")
        XCTAssertEqual(fails.diagnostics.first?.traceback.map(\.function), ["boom", "<module fails.aln>", "<script>"])
    }

    func testPreludeAndGlobalNames() {
        let prelude = SourceFile(name: "prelude.aln", text: "fn dpo_loss(x, beta = 0.1) { x * beta }")
        let session = Session(prelude: [prelude])
        XCTAssertEqual(session.run("dpo_loss(10)").value?.repr, "1")
        let names = session.globalNames()
        XCTAssertTrue(names.contains("dpo_loss"))
        XCTAssertTrue(names.contains("print"))
        XCTAssertEqual(session.loadPrelude([SourceFile(name: "bad.aln", text: "1 +")]).count, 1)
    }

    func testMembersAndKeywords() {
        let session = Session()
        XCTAssertTrue(session.members(of: .list([])).contains("append"))
        XCTAssertTrue(session.members(of: .string("")).contains("split"))
        XCTAssertTrue(Session.keywords.contains("no_grad"))
    }

    func testCheckReportsWithoutRunning() {
        var out = ""
        let session = Session(output: { out += $0 })
        XCTAssertEqual(session.check(SourceFile(name: "c.aln", text: "print(1)\nprnt(2)")).map(\.message),
                       ["undefined variable 'prnt'"])
        XCTAssertEqual(out, "")
    }

    func testHoistedGlobalUsedBeforeDefinition() {
        let (_, r) = runCode("fn f() { later }\nf()\nlet later = 1")
        XCTAssertEqual(r.diagnostics.first?.message, "'later' is used before its definition has run")
        XCTAssertEqual(output(of: "fn a() { b() }\nfn b() { 7 }\nprint(a())"), "7\n")
    }

    func testRegisteredBuiltinsHaveDocs() {
        let session = Session()
        for name in ["print", "len", "range", "sorted", "min"] {
            guard case .builtin(let b)? = session.value(of: name) else { return XCTFail(name) }
            XCTAssertFalse(b.summary.isEmpty, name)
        }
        XCTAssertEqual(session.run("help(range)").value?.description.split(separator: "\n").first,
                       "range(start, stop = nil, step = 1)")
    }

    func testIntrospectionForCompletion() throws {
        let session = Session()
        _ = session.run("fn dpo(chosen, rejected, beta = 0.1) { 0 }")
        XCTAssertEqual(session.parameterNames(of: try XCTUnwrap(session.value(of: "dpo"))), ["chosen", "rejected", "beta"])
        XCTAssertEqual(session.parameterNames(of: try XCTUnwrap(session.value(of: "print"))), ["sep", "end"])
        XCTAssertEqual(session.summary(of: try XCTUnwrap(session.value(of: "len"))),
                       "Number of elements of a list, dict, string or range.")
        XCTAssertTrue(session.help(try XCTUnwrap(session.value(of: "dpo"))).hasPrefix("dpo(chosen, rejected, beta = ...)"))
    }
}
