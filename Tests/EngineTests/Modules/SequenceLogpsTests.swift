import Engine
import TestSupport
import XCTest
import Foundation

final class SequenceLogpsTests: XCTestCase {
    /// The definition written out with loops in Double: logits[b, t-1] scores labels[b, t].
    private func reference(_ logits: [Float], _ labels: [[Int]], vocab: Int, average: Bool, ignore: Int = -100) -> [Float] {
        let t = labels[0].count
        return labels.enumerated().map { b, row in
            var sum = 0.0, n = 0
            for pos in 1..<t where row[pos] != ignore {
                let base = (b * t + pos - 1) * vocab
                let xs = (0..<vocab).map { Double(logits[base + $0]) }
                let m = xs.max() ?? 0
                let lse = m + Foundation.log(xs.map { Foundation.exp($0 - m) }.reduce(0, +))
                sum += xs[row[pos]] - lse
                n += 1
            }
            return Float(average ? (n > 0 ? sum / Double(n) : 0) : sum)
        }
    }

    func testUniformLogitsByHand() throws {
        // Zero logits over 4 classes: each counted token has log-probability −log 4.
        let logits = Tensor.zeros([1, 4, 4])
        // Position 0 is never scored (nothing predicts it), even when it is not −100.
        let labels = try Tensor(shape: [1, 4], values: [3, 1, 2, -100])
        XCTAssertEqual(try LanguageModeling.sequenceLogps(logits: logits, labels: labels).item(), -2 * Float(Foundation.log(4.0)), accuracy: 1e-6)
        XCTAssertEqual(try LanguageModeling.sequenceLogps(logits: logits, labels: labels, average: true).item(), -Float(Foundation.log(4.0)), accuracy: 1e-6)
    }

    func testShiftMaskingAndAverageAgainstTheDefinition() throws {
        let logits = testTensor([2, 5, 3], seed: 4, low: -3, high: 3)
        let rows = [[-100, -100, 2, 0, 1], [1, 0, -100, 2, -100]]
        let labels = try Tensor(shape: [2, 5], values: rows.flatMap { $0.map(Float.init) })
        for average in [false, true] {
            let got = try LanguageModeling.sequenceLogps(logits: logits, labels: labels, average: average)
            XCTAssertEqual(got.shape, [2])
            assertAllClose(got.scalars, reference(logits.scalars, rows, vocab: 3, average: average), atol: 1e-5)
        }
        // Hand-picked entries for row 1, sum: labels 0 (scored by position 0), 2 (by position 2).
        let x = logits.scalars.map(Double.init)
        func logp(_ b: Int, _ t: Int, _ c: Int) -> Double {
            let row = Array(x[((b * 5 + t) * 3)..<((b * 5 + t) * 3 + 3)])
            return row[c] - Foundation.log(row.map(Foundation.exp).reduce(0, +))
        }
        let row1 = try LanguageModeling.sequenceLogps(logits: logits, labels: labels).scalars[1]
        XCTAssertEqual(Double(row1), logp(1, 0, 0) + logp(1, 2, 2), accuracy: 1e-5)
        // A custom ignore index.
        let other = try Tensor(shape: [1, 3], values: [7, 1, 7])
        let got = try LanguageModeling.sequenceLogps(logits: testTensor([1, 3, 8], seed: 2), labels: other, ignoreIndex: 7)
        XCTAssertEqual(try got.item(), reference(testTensor([1, 3, 8], seed: 2).scalars, [[7, 1, 7]], vocab: 8, average: false, ignore: 7)[0], accuracy: 1e-5)
    }

    func testGradientAndEdgeCases() throws {
        let labels = try Tensor(shape: [2, 4], values: [-100, 1, 2, 0, -100, -100, 0, -100])
        for average in [false, true] {
            assertGradients("sequence logps average=\(average)", inputs: [testTensor([2, 4, 3], seed: 9)]) { xs in
                try LanguageModeling.sequenceLogps(logits: xs[0], labels: labels, average: average)
            }
        }
        // Every label ignored gives 0 (also averaged), never NaN.
        let none = try Tensor(shape: [1, 3], values: [-100, -100, -100])
        XCTAssertEqual(try LanguageModeling.sequenceLogps(logits: testTensor([1, 3, 2]), labels: none, average: true).scalars, [0])
        // A −inf logit at a skipped position must not poison the sum or its gradient.
        var values = testTensor([1, 3, 2]).scalars
        values[2] = -.infinity
        let logits = try Tensor(shape: [1, 3, 2], values: values, requiresGrad: true)
        let masked = try Tensor(shape: [1, 3], values: [0, 1, -100])
        let lp = try LanguageModeling.sequenceLogps(logits: logits, labels: masked)
        XCTAssertTrue(try lp.item().isFinite)
        try lp.sum().backward()
        XCTAssertTrue(logits.grad?.scalars.allSatisfy { $0.isFinite } ?? false)
        // T = 1 predicts nothing.
        XCTAssertEqual(try LanguageModeling.sequenceLogps(logits: Tensor.zeros([2, 1, 3]), labels: Tensor.zeros([2, 1])).scalars, [0, 0])
    }

    func testErrorsNameTheFunction() throws {
        let logits = Tensor.zeros([1, 3, 4])
        XCTAssertThrowsError(try LanguageModeling.sequenceLogps(logits: logits, labels: Tensor.zeros([1, 2]))) {
            XCTAssertEqual("\($0)", "sequence_logps: expected logits [batch, time, vocab] and labels [batch, time], got [1, 3, 4] and [1, 2]")
        }
        XCTAssertThrowsError(try LanguageModeling.sequenceLogps(logits: logits, labels: Tensor(shape: [1, 3], values: [0, 4, 1]))) {
            XCTAssertEqual("\($0)", "sequence_logps: label 4 at [0, 1] is outside 0..<4 and is not the ignore index -100")
        }
        XCTAssertThrowsError(try LanguageModeling.sequenceLogps(logits: logits, labels: Tensor(shape: [1, 3], values: [0, 1.5, 1]))) {
            XCTAssertTrue("\($0)".contains("not an integer"))
        }
    }
}
