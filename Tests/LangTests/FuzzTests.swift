import Foundation
import XCTest
@testable import Lang

/// A seeded random-program smoke test: token soup and mutated corpus files must never crash
/// the lexer, parser, resolver or interpreter (errors are fine). The longer-running fuzzer
/// lives outside the test suite; inputs that once crashed go in `regressions`.
final class FuzzTests: XCTestCase {
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let vocabulary = [
        "let", "fn", "if", "else", "while", "for", "in", "break", "continue", "return", "and", "or", "not", "true",
        "false", "nil", "no_grad", "x", "y", "f", "xs", "d", "print", "len", "range", "append", "sorted", "0", "1",
        "-1", "2.5", "1e300", "nan", "inf", "\"s\"", "\"{x}\"", "+", "-", "*", "/", "%", "**", "@", "==", "!=", "<",
        "<=", ">", ">=", "=", "+=", "(", ")", "[", "]", "{", "}", ",", ".", ":", ";", "\n", "fn(a) { a }", "f(x)",
        "xs[0]", "xs[1:]", "d[\"k\"]", ".append(1)", ".pop()", "range(3)", "{\"k\": 1}", "[1, 2]",
        "t", "tensor([1, 2])", "zeros(2, 3)", "randn(2)", "ones(3, requires_grad = true)", ".T", ".sum()",
        ".backward()", ".reshape(-1)", "t[0]", "t[:, 1]", "relu(t)", "softmax(t)", "graph(t)", "1e9", "-100",
    ]

    static let prelude = "let x = 1\nlet y = [1, 2]\nlet xs = [3, 1, 2]\nlet d = {\"k\": 1}\nfn f(a, b = 2) { a + b }\nlet t = tensor([[1, 2], [3, 4]])\n"

    /// Inputs that once crashed or hung.
    static let regressions: [String] = [
        "[] * 1e15",
        "\"\" * 1e300",
        "let a = [1]; a.append(a); a == a; print(a)",
    ]

    func runNoCrash(_ text: String) {
        let session = Session()
        session.fileLoader = { _ in throw RuntimeError("no files while fuzzing") }
        let r = session.run(text, name: "fuzz.aln")
        _ = DiagnosticRenderer().render(r.diagnostics)
        _ = r.value?.repr
        _ = Parser.isIncomplete(text)
    }

    /// 300 programs in the normal suite; `scripts/fuzz.sh` sets ALINEA_FUZZ_SECONDS (and a seed) to
    /// run for minutes, writing each program to ALINEA_FUZZ_CURRENT first so a crash can be reproduced.
    func testRandomProgramsDoNotCrash() {
        let env = ProcessInfo.processInfo.environment
        var g = SplitMix(state: UInt64(env["ALINEA_FUZZ_SEED"] ?? "") ?? 42)
        let seconds = Double(env["ALINEA_FUZZ_SECONDS"] ?? "") ?? 0
        let current = env["ALINEA_FUZZ_CURRENT"]
        let deadline = Date().addingTimeInterval(seconds)
        var count = 0
        while count < 300 || Date() < deadline {
            let n = Int.random(in: 1...40, using: &g)
            let words = (0..<n).map { _ in Self.vocabulary.randomElement(using: &g) ?? "" }
            let program = Self.prelude + words.joined(separator: " ")
            if let current { try? program.write(toFile: current, atomically: false, encoding: .utf8) }
            runNoCrash(program)
            count += 1
        }
        if seconds > 0 { print("fuzz: \(count) programs without a crash") }
    }

    func testRegressions() {
        for text in Self.regressions { runNoCrash(text) }
    }
}
