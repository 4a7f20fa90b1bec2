import Engine
import TestSupport
import XCTest

final class GradientClippingTests: XCTestCase {
    func testClipsToMaxNormAndReturnsPreClipNorm() throws {
        let a = Tensor.zeros([2], requiresGrad: true), b = Tensor.zeros([1], requiresGrad: true)
        a.grad = try Tensor(shape: [2], values: [3, 0])
        b.grad = try Tensor(shape: [1], values: [4])
        let norm = try GradientClipping.clipGradNorm([("a", a), ("b", b)], maxNorm: 1)
        XCTAssertEqual(norm, 5)
        let scale = Float(1 / (5 + 1e-6))
        XCTAssertEqual(a.grad?.scalars, [3 * scale, 0])
        XCTAssertEqual(b.grad?.scalars, [4 * scale])
    }

    func testLeavesSmallGradientsAndIgnoresMissingOnes() throws {
        let a = Tensor.zeros([2], requiresGrad: true), b = Tensor.zeros([3], requiresGrad: true)
        a.grad = try Tensor(shape: [2], values: [0.3, 0.4])
        XCTAssertEqual(try GradientClipping.clipGradNorm([a, b], maxNorm: 1), 0.5, accuracy: 1e-7)
        XCTAssertEqual(a.grad?.scalars, [0.3, 0.4])
        XCTAssertNil(b.grad)
        XCTAssertEqual(try GradientClipping.clipGradNorm([b], maxNorm: 1), 0)
    }

    func testNonFiniteNormIsReportedNotSpread() throws {
        let a = Tensor.zeros([2], requiresGrad: true)
        a.grad = try Tensor(shape: [2], values: [.infinity, 1])
        XCTAssertEqual(try GradientClipping.clipGradNorm([a], maxNorm: 1), .infinity)
        XCTAssertEqual(a.grad?.scalars, [.infinity, 1])
        XCTAssertThrowsError(try GradientClipping.clipGradNorm([a], maxNorm: -1))
    }

    func testLongGradientNormAccumulatesInDouble() throws {
        // 300,001 elements: more than four of the chunks long sums are split into (and a ragged last one).
        let n = 300_001
        let a = Tensor.zeros([n], requiresGrad: true)
        a.grad = Tensor.full([n], 0.1)
        let expected = (Double(Float(0.1)) * Double(Float(0.1)) * Double(n)).squareRoot()
        XCTAssertEqual(try GradientClipping.clipGradNorm([a], maxNorm: 1e9), expected, accuracy: 1e-9 * expected)
    }
}
