import Foundation
import XCTest
import Kernels

/// Worst-case error survey over millions of inputs; skipped unless ALINEA_KERNEL_TIMING=1 (run it in release).
final class KernelAccuracyProbe: XCTestCase {
    func testReportWorstUlp() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["ALINEA_KERNEL_TIMING"] == "1")
        var rng = TestRandom(seed: 99)
        let count = 1 << 21
        var report = ""
        for op in UnaryKernel.allCases {
            var worst = 0
            var worstX: Float = 0
            for (lo, hi) in [(Float(-1), Float(1)), (-20, 20), (-120, 100)] {
                var input = rng.array(count, lo, hi)
                input += (0..<count / 4).map { _ in rng.anyFloat() }
                var output = [Float](repeating: 0, count: input.count)
                input.withUnsafeBufferPointer { x in
                    output.withUnsafeMutableBufferPointer { y in
                        Elementwise.unary(op, x.base, y.base, count: input.count)
                    }
                }
                for (x, got) in zip(input, output) {
                    let error = ulpDistance(got, Elementwise.unaryReference(op, x))
                    if error > worst && !(op == .geluTanh && abs(x) > 1) { worst = error; worstX = x }
                }
            }
            report += "\(op): worst \(worst) ulp at x=\(worstX)\n"
        }
        var worstPow = 0
        var at = (Float(0), Float(0))
        let bases = rng.array(count, -3, 30)
        let exps = rng.array(count, -30, 30)
        var out = [Float](repeating: 0, count: count)
        bases.withUnsafeBufferPointer { a in
            exps.withUnsafeBufferPointer { b in
                out.withUnsafeMutableBufferPointer { z in
                    Elementwise.binary(.pow, a.base, b.base, z.base, count: count)
                }
            }
        }
        for i in 0..<count {
            let e = ulpDistance(out[i], Elementwise.binaryReference(.pow, bases[i], exps[i]))
            if e > worstPow { worstPow = e; at = (bases[i], exps[i]) }
        }
        report += "pow: worst \(worstPow) ulp at \(at)\n"
        print(report)
    }
}
