import Foundation
import Kernels
import XCTest

/// The fused row kernels against Double references, for row lengths around the SIMD width and
/// enough rows to take the threaded path.
final class RowKernelsTests: XCTestCase {
    private func rows(_ count: Int, _ n: Int, seed: Int) -> [Float] {
        (0..<count * n).map { i in Float(sin(Double(i * 7 + seed) * 0.37) * 3) }
    }

    func testForwardAgainstDoubleReference() {
        for (count, n) in [(1, 1), (3, 7), (2, 8), (5, 13), (4, 64), (2, 96), (2100, 128)] {
            let x = rows(count, n, seed: n)
            var soft = [Float](repeating: 0, count: x.count), logSoft = soft, normed = soft
            var rstd = [Float](repeating: 0, count: count)
            RowKernels.softmax(x, &soft, rows: count, n: n)
            RowKernels.logSoftmax(x, &logSoft, rows: count, n: n)
            RowKernels.layerNorm(x, &normed, rstd: &rstd, rows: count, n: n, eps: 1e-5)
            for r in 0..<count {
                let row = x[(r * n)..<((r + 1) * n)].map(Double.init)
                let m = row.max() ?? 0
                let lse = m + log(row.map { exp($0 - m) }.reduce(0, +))
                let mean = row.reduce(0, +) / Double(n)
                let variance = row.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(n)
                let inverse = 1 / (variance + 1e-5).squareRoot()
                XCTAssertEqual(Double(rstd[r]), inverse, accuracy: 1e-5 * inverse)
                for (j, v) in row.enumerated() {
                    let i = r * n + j
                    XCTAssertEqual(Double(soft[i]), exp(v - lse), accuracy: 1e-6, "softmax n=\(n)")
                    XCTAssertEqual(Double(logSoft[i]), v - lse, accuracy: 2e-6 * max(1, abs(v - lse)), "log_softmax n=\(n)")
                    XCTAssertEqual(Double(normed[i]), (v - mean) * inverse, accuracy: 2e-5, "layer_norm n=\(n)")
                }
            }
        }
    }

    func testBackwardAgainstDoubleReference() {
        for (count, n) in [(3, 7), (5, 13), (2100, 128)] {
            let x = rows(count, n, seed: 1), g = rows(count, n, seed: 5)
            var y = [Float](repeating: 0, count: x.count), dx = y
            var rstd = [Float](repeating: 0, count: count)
            RowKernels.softmax(x, &y, rows: count, n: n)
            RowKernels.softmaxBackward(output: y, gradient: g, into: &dx, rows: count, n: n)
            for r in 0..<count {
                let range = (r * n)..<((r + 1) * n)
                let dot = range.map { Double(y[$0]) * Double(g[$0]) }.reduce(0, +)
                for i in range { XCTAssertEqual(Double(dx[i]), Double(y[i]) * (Double(g[i]) - dot), accuracy: 1e-5) }
            }
            RowKernels.logSoftmax(x, &y, rows: count, n: n)
            RowKernels.logSoftmaxBackward(output: y, gradient: g, into: &dx, rows: count, n: n)
            for r in 0..<count {
                let range = (r * n)..<((r + 1) * n)
                let total = range.map { Double(g[$0]) }.reduce(0, +)
                for i in range { XCTAssertEqual(Double(dx[i]), Double(g[i]) - exp(Double(y[i])) * total, accuracy: 1e-4) }
            }
            RowKernels.layerNorm(x, &y, rstd: &rstd, rows: count, n: n, eps: 1e-5)
            RowKernels.layerNormBackward(output: y, rstd: rstd, gradient: g, into: &dx, rows: count, n: n)
            for r in 0..<count {
                let range = (r * n)..<((r + 1) * n)
                let meanG = range.map { Double(g[$0]) }.reduce(0, +) / Double(n)
                let meanGY = range.map { Double(g[$0]) * Double(y[$0]) }.reduce(0, +) / Double(n)
                for i in range {
                    let expected = Double(rstd[r]) * (Double(g[i]) - meanG - Double(y[i]) * meanGY)
                    XCTAssertEqual(Double(dx[i]), expected, accuracy: 1e-4 * max(1, abs(expected)))
                }
            }
        }
    }

    func testCausalSoftmaxAgainstDoubleReference() {
        // 32 blocks of 64 queries × 64 keys (the threaded path), and a short block starting at key 5.
        for (rows, n, queries, start) in [(2048, 64, 64, 0), (3, 9, 3, 5)] {
            let x = self.rows(rows, n, seed: 3)
            var y = [Float](repeating: .nan, count: x.count)
            RowKernels.causalSoftmax(x, &y, rows: rows, n: n, queries: queries, queryStart: start)
            for r in 0..<rows {
                let visible = min(n, start + r % queries + 1)
                let row = x[(r * n)..<(r * n + visible)].map(Double.init)
                let m = row.max() ?? 0
                let total = row.map { exp($0 - m) }.reduce(0, +)
                for j in 0..<n {
                    let expected = j < visible ? exp(row[j] - m) / total : 0
                    XCTAssertEqual(Double(y[r * n + j]), expected, accuracy: 1e-6, "row \(r) key \(j)")
                }
            }
        }
    }
}
