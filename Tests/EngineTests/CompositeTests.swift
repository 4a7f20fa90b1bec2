import Engine
import TestSupport
import XCTest

final class CompositeTests: XCTestCase {
    func testSoftmaxAndCrossEntropyValues() throws {
        let logits = try Tensor(shape: [2, 3], values: [1, 2, 3, 1, 1, 1])
        assertAllClose(try logits.softmax().scalars, [0.09003057, 0.24472847, 0.66524096, 1 / 3, 1 / 3, 1 / 3], atol: 1e-6)
        let targets = try Tensor(shape: [2], values: [2, -100])
        XCTAssertEqual(try logits.crossEntropy(targets: targets).item(), 0.40760596, accuracy: 1e-6)
        XCTAssertEqual(try logits.crossEntropy(targets: targets, reduction: "sum").item(), 0.40760596, accuracy: 1e-6)
        XCTAssertThrowsError(try logits.crossEntropy(targets: Tensor(shape: [2], values: [3, 0]))) {
            XCTAssertTrue("\($0)".hasPrefix("cross_entropy:"))
        }
        XCTAssertThrowsError(try logits.crossEntropy(targets: Tensor.zeros([3])))
    }

    func testLayerNormAndDropout() throws {
        let x = try Tensor(shape: [1, 4], values: [1, 2, 3, 4])
        assertAllClose(try x.layerNorm().scalars, [-1.3416355, -0.44721183, 0.44721183, 1.3416355], atol: 1e-5)
        RandomGenerator.seed(1)
        let d = try Tensor.ones([1000]).dropout(p: 0.25)
        let kept = d.scalars.filter { $0 != 0 }
        XCTAssertTrue(kept.allSatisfy { abs($0 - 1 / 0.75) < 1e-6 })
        XCTAssertGreaterThan(kept.count, 700)
        XCTAssertLessThan(kept.count, 800)
        XCTAssertTrue(try Tensor.ones([3]).dropout(p: 0.5, training: false).scalars == [1, 1, 1])
        XCTAssertThrowsError(try x.dropout(p: 1))
    }

    func testMultinomialFollowsProbabilities() throws {
        RandomGenerator.seed(3)
        let p = try Tensor(shape: [1, 3], values: [0, 1, 3])
        let draws = try p.multinomial(samples: 4000).scalars
        XCTAssertFalse(draws.contains(0))
        let twos = Float(draws.filter { $0 == 2 }.count) / 4000
        XCTAssertEqual(twos, 0.75, accuracy: 0.03)
        XCTAssertThrowsError(try Tensor(shape: [2], values: [0, 0]).multinomial())
    }
}
