import Foundation
import XCTest
@testable import Lang

/// Interpreter speed checks from the issue (fib(25) and a 1,000,000-iteration loop). Skipped
/// unless ALINEA_BENCH=1, and only meaningful in a release build:
/// `ALINEA_BENCH=1 swift test -c release --filter LangTests.BenchmarkTests`.
final class BenchmarkTests: XCTestCase {
    func measureBest(_ session: Session, _ code: String, repeats: Int = 5) -> (Double, RunResult) {
        var best = Double.infinity
        var last = session.run("nil")
        for _ in 0..<repeats {
            let start = ContinuousClock.now
            last = session.run(code)
            let d = ContinuousClock.now - start
            best = min(best, Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) * 1e-15)
        }
        return (best, last)
    }

    func testInterpreterSpeed() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["ALINEA_BENCH"] == "1", "set ALINEA_BENCH=1 to run")
        let session = Session()
        _ = session.run("fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }")
        let (fib, r1) = measureBest(session, "fib(25)")
        XCTAssertEqual(r1.value?.repr, "75025")
        let (loop, r2) = measureBest(session, "let s = 0; for i in range(1000000) { s = s + i }; s")
        XCTAssertEqual(r2.value?.repr, "499999500000")
        let (accum, r3) = measureBest(session, """
            fn accum(n) { let acc = 0.0; for i in range(n) { acc += i * 0.5 }; acc }
            accum(1000000)
            """)
        XCTAssertEqual(r3.value?.repr, "249999750000")
        print(String(format: "W6_interp fib(25): %.2f ms, 1e6 global loop: %.2f ms, 1e6 accum in fn: %.2f ms",
                     fib, loop, accum))
    }
}
