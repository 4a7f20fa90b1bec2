import Engine
import TestSupport
import XCTest

/// The fused last-axis primitives (softmax, log_softmax, layer_norm): finite-difference gradient
/// checks, and agreement with the composed forms in values and gradients.
final class RowOpsTests: XCTestCase {
    func testGradientChecks() throws {
        // 13 columns exercise both the SIMD body and the padded tail of each row.
        for shape in [[3, 5], [2, 3, 13]] {
            let x = testTensor(shape, seed: 31)
            assertGradients("softmax \(shape)", inputs: [x]) { try $0[0].softmax(axis: -1) }
            assertGradients("log_softmax \(shape)", inputs: [x]) { try $0[0].logSoftmax(axis: -1) }
            assertGradients("layer_norm \(shape)", inputs: [x]) { try $0[0].layerNorm() }
            let n = shape[shape.count - 1]
            let w = testTensor([n], seed: 32), b = testTensor([n], seed: 33)
            assertGradients("affine layer_norm \(shape)", inputs: [x, w, b]) { try $0[0].layerNorm(weight: $0[1], bias: $0[2]) }
        }
        // A transposed (strided) input goes through the fused path after a copy.
        let t = testTensor([5, 4], seed: 34)
        assertGradients("softmax on transposed view", inputs: [t]) { try $0[0].transpose().softmax(axis: -1) }
        assertGradients("layer_norm on transposed view", inputs: [t]) { try $0[0].transpose().layerNorm() }
    }

    func testFusedMatchesComposedValuesAndGradients() throws {
        let cases: [(String, (Tensor) throws -> Tensor, (Tensor) throws -> Tensor)] = [
            ("softmax", { try $0.softmax(axis: -1) }, { try $0.composedSoftmax(axis: -1) }),
            ("log_softmax", { try $0.logSoftmax(axis: -1) }, { try $0.composedLogSoftmax(axis: -1) }),
            ("layer_norm", { try $0.layerNorm(eps: 1e-5) }, { try $0.composedLayerNorm(eps: 1e-5) }),
        ]
        for shape in [[1, 1], [4, 37], [2, 3, 64], [3, 96]] {
            let data = testTensor(shape, seed: 40, low: -4, high: 4)
            let upstream = testTensor(shape, seed: 41)
            for (name, fused, composed) in cases {
                let (fusedValue, fusedGrad) = try valueAndGradient(data, upstream, fused)
                let (composedValue, composedGrad) = try valueAndGradient(data, upstream, composed)
                assertAllClose(fusedValue, composedValue, atol: 1e-5, rtol: 1e-5)
                assertAllClose(fusedGrad, composedGrad, atol: 1e-5, rtol: 1e-4)
                XCTAssertFalse(fusedValue.contains { !$0.isFinite }, "\(name) \(shape)")
            }
        }
    }

    func testMaskedAttentionRows() throws {
        // Causal masking puts −inf in most rows; they must get exactly zero probability and gradient.
        let scores = try Tensor(shape: [2, 3], values: [0.5, -.infinity, -.infinity, 1, 2, -.infinity], requiresGrad: true)
        let p = try scores.softmax(axis: -1)
        assertAllClose(p.scalars, [1, 0, 0, 0.26894142, 0.7310586, 0])
        try p.apply(.mul, Tensor(shape: [2, 3], values: [1, 2, 3, 4, 5, 6])).sum().backward()
        let grad = try XCTUnwrap(scores.grad).scalars
        XCTAssertEqual(grad[1], 0)
        XCTAssertEqual(grad[5], 0)
        XCTAssertEqual(grad[0], 0, accuracy: 1e-7)
    }

    func testOtherAxesUseTheComposedForm() throws {
        let x = testTensor([3, 4], seed: 42)
        assertAllClose(try x.softmax(axis: 0).scalars, try x.composedSoftmax(axis: 0).scalars)
        assertAllClose(try x.logSoftmax(axis: 0).scalars, try x.composedLogSoftmax(axis: 0).scalars)
        XCTAssertThrowsError(try x.softmax(axis: 2))
    }

    private func valueAndGradient(_ data: Tensor, _ upstream: Tensor,
                                  _ f: (Tensor) throws -> Tensor) throws -> ([Float], [Float]) {
        let x = try Tensor(shape: data.shape, values: data.scalars, requiresGrad: true)
        let y = try f(x)
        try y.apply(.mul, upstream).sum().backward()
        return (y.scalars, try XCTUnwrap(x.grad).scalars)
    }

    func testCausalSoftmaxMatchesMaskedSoftmax() throws {
        // [batch 2, heads 1, queries 3, keys 5]: queries at positions start...start+2 of 5 keys.
        for start in [0, 2] {
            let scores = testTensor([2, 1, 3, 5], seed: 50)
            let upstream = testTensor([2, 1, 3, 5], seed: 51)
            var maskValues: [Float] = []
            for q in 0..<3 { for k in 0..<5 { maskValues.append(k <= start + q ? 0 : -.infinity) } }
            let mask = try Tensor(shape: [3, 5], values: maskValues)
            let (fused, fusedGrad) = try valueAndGradient(scores, upstream) { try $0.causalSoftmax(queryStart: start) }
            let (masked, maskedGrad) = try valueAndGradient(scores, upstream) { try $0.apply(.add, mask).composedSoftmax(axis: -1) }
            assertAllClose(fused, masked, atol: 1e-6)
            assertAllClose(fusedGrad, maskedGrad, atol: 1e-6)
            for (i, v) in maskValues.enumerated() where v == -.infinity {
                XCTAssertEqual(fused[i], 0, "start \(start): masked entry \(i) must be exactly 0")
            }
            assertGradients("causal_softmax start \(start)", inputs: [scores]) { try $0[0].causalSoftmax(queryStart: start) }
        }
        XCTAssertThrowsError(try testTensor([4], seed: 52).causalSoftmax())
    }
}
