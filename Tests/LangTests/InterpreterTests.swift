import XCTest
@testable import Lang

/// A native object for testing the NativeObject protocol.
final class Counter: NativeObject {
    var count = 0.0
    var typeName: String { "Counter" }
    var memberNames: [String] { ["count", "bump"] }
    func attribute(_ name: String) throws -> Value? { name == "count" ? .number(count) : nil }
    func setAttribute(_ name: String, to value: Value) throws -> Bool {
        guard name == "count", case .number(let x) = value else { return false }
        count = x
        return true
    }
    func method(_ name: String) -> Builtin? {
        guard name == "bump" else { return nil }
        return Builtin("bump", [.optional("by", .number(1))], summary: "Add to the count.") { args in
            guard case .native(let o) = args.receiver, let c = o as? Counter else { return .nil }
            c.count += try args.number(0)
            return .number(c.count)
        }
    }
    var callable: Builtin? {
        Builtin("Counter", [.required("x")], summary: "Scale by the count.") { args in
            guard case .native(let o) = args.receiver, let c = o as? Counter else { return .nil }
            return .number(try args.number(0) * c.count)
        }
    }
    func binary(_ op: BinaryOperator, _ other: Value, selfOnLeft: Bool) throws -> Value? {
        guard op == .add, case .number(let x) = other else { return nil }
        return .number(count + x)
    }
    func elements() throws -> [Value]? { [.number(count), .number(count + 1)] }
}

final class InterpreterTests: XCTestCase {
    func testNumberFormatting() {
        XCTAssertEqual(output(of: "print(0.1, 24.70408163265306, 3, 3.0, -2.5, 1e21, 1/0, -1/0, 0/0, 2**53)"),
                       "0.1 24.70408163265306 3 3 -2.5 1e+21 inf -inf nan 9007199254740992\n")
        XCTAssertEqual(formatNumber(-0.0), "-0")
        XCTAssertEqual(formatNumber(1e-7), "1e-07")
    }

    func testArithmeticSemantics() {
        XCTAssertEqual(output(of: "print(7 % 3, -7 % 3, 7 % -3, 5.5 % 2, 2 ** 0.5 == sqrt(2), 10 / 4, 1 + 2 * 3 - 4)"),
                       "1 2 -2 1.5 true 2.5 3\n")
        XCTAssertEqual(output(of: "print(\"ab\" * 3, [1] * 2, [1] + [2], \"a\" < \"b\", true + 1)"),
                       "ababab [1, 1] [1, 2] true 2\n")
    }

    func testTruthinessAndLogic() {
        XCTAssertEqual(output(of: "print(nil or 0 or \"\" or [] or \"x\", 1 and 2, 0 and 1, not [], not 0.5)"),
                       "x 2 0 true false\n")
    }

    func testClosuresCaptureByReference() {
        XCTAssertEqual(output(of: """
            fn make() { let n = 0; let inc = fn() { n += 1 }; let get = fn() { n }; [inc, get] }
            let p = make(); p[0](); p[0](); print(p[1]())
            let fs = []; for i in range(3) { fs.append(fn() { i }) }; print(fs[0](), fs[2]())
            let j = 0; let gs = []; while j < 2 { let k = j; gs.append(fn() { k }); j += 1 }; print(gs[0](), gs[1]())
            """), "2\n0 2\n0 1\n")
    }

    func testRecursionAndDefaults() {
        XCTAssertEqual(output(of: """
            fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }
            fn f(a, b = a * 2, c = b + 1) { [a, b, c] }
            print(fib(15), f(1), f(1, c = 0), f(c = 5, a = 2))
            """), "610 [1, 2, 3] [1, 2, 0] [2, 4, 5]\n")
    }

    func testStackOverflowIsAnErrorAtTheDepthLimit() {
        let (_, result) = runCode("fn down(n) { down(n + 1) }\ndown(0)")
        let d = result.diagnostics.first
        XCTAssertEqual(d?.message, "stack overflow: more than \(Interpreter.maxDepth) nested calls")
        XCTAssertEqual(d?.traceback.count, 3)  // down, "repeated N more times", <script>
        XCTAssertTrue(d?.traceback[1].function.contains("repeated 9999 more times") ?? false)
        let deep = output(of: "fn d(n) { if n == 0 { 0 } else { 1 + d(n - 1) } }\nprint(d(\(Interpreter.maxDepth - 1)))")
        XCTAssertEqual(deep, "\(Interpreter.maxDepth - 1)\n")
    }

    func testIntegerConversionsNeverTrap() {
        for (index, message) in [("1.5", "must be an integer, got 1.5"), ("nan", "must be an integer, got nan"),
                                 ("inf", "must be an integer, got inf"), ("1e300", "too large"),
                                 ("-1e300", "too large"), ("\"a\"", "must be a number, not string")] {
            XCTAssertTrue(errors(of: "let xs = [1]\nxs[\(index)]").contains(message), index)
        }
        XCTAssertTrue(errors(of: "range(0, 1, 0)").contains("step cannot be zero"))
        XCTAssertTrue(errors(of: "range(inf)").contains("finite"))
        XCTAssertTrue(errors(of: "\"a\" * 1e300").contains("too large"))
        XCTAssertTrue(errors(of: "[1] * nan").contains("must be an integer"))
        XCTAssertEqual(output(of: "print([1, 2, 3][1:1e300], [1, 2][-1e300:])"), "[2, 3] [1, 2]\n")
    }

    func testInterruptStopsLoops() {
        let session = Session()
        session.register(Builtin("interrupt_me", [], summary: "test") { _ in
            Interrupt.request()
            return .nil
        })
        let r = session.run("let n = 0\nwhile true { n += 1; if n == 100 { interrupt_me() } }")
        XCTAssertEqual(r.diagnostics.first?.message, "interrupted")
        XCTAssertEqual(session.run("n").value.map(\.repr), "100")
        XCTAssertTrue(session.run("1").succeeded, "the flag is cleared by the next run")
    }

    func testNoGradHookWrapsTheBlock() {
        var log: [String] = []
        let session = Session(output: { log.append($0) })
        session.interpreter.noGrad = { body in
            log.append("enter")
            defer { log.append("exit") }
            return try body()
        }
        let r = session.run("let v = no_grad { print(\"in\"); 42 }\nv")
        XCTAssertEqual(r.value.map(\.repr), "42")
        XCTAssertEqual(log, ["enter", "in\n", "exit"])
    }

    func testNativeObjects() {
        let session = Session()
        session.define("c", .native(Counter()))
        let r = session.run("c.bump(); c.bump(by = 2); c.count = c.count + 1; [c.count, c(10), c + 1, type(c), len(c)]")
        XCTAssertEqual(r.value?.repr, "[4, 40, 5, \"Counter\", 2]")
        let e = session.run("c.bmp()")
        XCTAssertEqual(e.diagnostics.first?.message, "Counter has no method 'bmp'")
        XCTAssertEqual(e.diagnostics.first?.hint, "did you mean 'bump'?")
        XCTAssertEqual(session.members(of: .native(Counter())), ["bump", "count"])
    }

    func testBuiltinArgumentBinding() {
        let session = Session()
        session.register(Builtin("scale", [.required("x"), .optional("factor", .number(2)), .optional("bias", .number(0))],
                                 summary: "x * factor + bias") { args in
            .number(try args.number(0) * args.number(1) + args.number(2))
        })
        XCTAssertEqual(session.run("[scale(1), scale(1, 3), scale(1, bias = 1), scale(factor = 4, x = 1)]").value?.repr,
                       "[2, 3, 3, 4]")
        let messages = ["scale()", "scale(1, 2, 3, 4)", "scale(1, fctor = 2)", "scale(1, x = 2)"].map {
            session.run($0).diagnostics.first?.message ?? ""
        }
        XCTAssertEqual(messages, ["scale() is missing argument 'x'", "scale() takes at most 3 arguments but 4 were given",
                                  "scale() has no parameter named 'fctor'", "scale() got two values for argument 'x'"])
        XCTAssertEqual(session.run("scale(\"a\")").diagnostics.first?.message,
                       "scale() argument 'x' must be a number, not string")
    }

    func testCallbacksFromBuiltinsAndTracebackThroughThem() {
        XCTAssertEqual(output(of: "print(sorted([3, -1, 2], key = fn(x) { x * x }), [1, 2].map(fn(x) { x + 1 }))"),
                       "[-1, 2, 3] [2, 3]\n")
        let (_, r) = runCode("fn bad(x) { x.nope }\nsorted([1, 2], key = bad)")
        XCTAssertEqual(r.diagnostics.first?.traceback.map(\.function), ["bad", "sorted", "<script>"])
    }

    func testEqualityAndPrintingOfCycles() {
        XCTAssertEqual(output(of: "let a = [1]; a.append(a); print(a); let d = {}; d[\"self\"] = d; print(d)"),
                       "[1, [...]]\n{\"self\": {...}}\n")
        XCTAssertTrue(errors(of: "let a = [1]; a.append(a); let b = [1]; b.append(b); a == b").contains("nested more than"))
        XCTAssertEqual(output(of: "print([1, [2]] == [1, [2]], {\"a\": 1} == {\"a\": 1}, 1 == \"1\", nil == nil)"),
                       "true true false true\n")
    }

    func testCallingFromSwift() throws {
        let session = Session()
        _ = session.run("fn add(a, b = 10) { a + b }")
        let add = try XCTUnwrap(session.value(of: "add"))
        XCTAssertEqual(try session.interpreter.call(add, [.number(1)]).repr, "11")
        XCTAssertEqual(try session.interpreter.call(add, [.number(1)], named: [("b", .number(2))]).repr, "3")
    }

    func testCompoundAssignmentReadsTheTargetFirst() {
        XCTAssertEqual(output(of: """
            let g = 1
            fn bump() { g = 100; 1 }
            g += bump()
            fn local() { let x = 1; let set = fn() { x = 50; 1 }; x += set(); x }
            fn plain() { let y = 2; y *= 3; y -= 1; y /= 2; y }
            let xs = [1]; xs[0] += 1
            let d = {"n": 1}; d["n"] *= 5
            print(g, local(), plain(), xs, d)
            """), "2 2 2.5 [2] {\"n\": 5}\n")
    }

    func testMethodsRegisteredAfterCompilingAreFound() {
        let session = Session()
        _ = session.run("fn shout(s) { s.shout() }")
        session.interpreter.registry.register(method: Builtin("shout", [], summary: "Upper-case with !") { args in
            guard case .string(let s) = args.receiver else { return .nil }
            return .string(s.uppercased() + "!")
        }, for: .string)
        XCTAssertEqual(session.run("shout(\"hi\")").value?.repr, "\"HI!\"")
    }

    func testReentrantUseIsAnErrorNotACorruption() {
        let session = Session()
        session.register(Builtin("nested", [], summary: "test") { args in
            let inner = session.run("1 + 1")
            XCTAssertEqual(inner.diagnostics.first?.message, "the session is already running code")
            return try args.interpreter.call(.number(1), [])
        })
        XCTAssertTrue(session.run("nested()").diagnostics.first?.message.contains("use Arguments.call") ?? false)
        XCTAssertEqual(session.run("2 + 2").value?.repr, "4")
    }
}
