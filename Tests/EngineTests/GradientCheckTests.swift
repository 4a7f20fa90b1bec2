import Engine
import Kernels
import TestSupport
import XCTest

/// A finite-difference gradient check for every primitive, with broadcast and strided-view cases.
final class GradientCheckTests: XCTestCase {
    func testEveryUnaryKernel() {
        for kernel in UnaryKernel.allCases where kernel != .sign && kernel != .step {
            let positiveOnly: Set<UnaryKernel> = [.log, .sqrt, .reciprocal]
            let x = positiveOnly.contains(kernel) ? testTensor([3, 5], seed: 2, low: 0.5, high: 2) : testTensor([3, 5], seed: 2)
            assertGradients("\(kernel)", inputs: [x]) { $0[0].apply(kernel) }
            // The same op on a transposed (strided) view.
            assertGradients("\(kernel) on transposed view", inputs: [x]) { try $0[0].transpose().apply(kernel) }
        }
    }

    func testPowScalarAndClamp() {
        let x = testTensor([4, 3], seed: 3, low: 0.5, high: 2)
        assertGradients("pow 3", inputs: [x]) { $0[0].pow(3) }
        assertGradients("pow -0.5", inputs: [x]) { $0[0].pow(-0.5) }
        let y = testTensor([4, 3], seed: 4)
        assertGradients("clamp", inputs: [y]) { $0[0].clamp(min: -0.5, max: 0.5) }
    }

    func testEveryBinaryKernelWithBroadcasting() {
        let arithmetic: [BinaryKernel] = [.add, .sub, .mul, .div, .pow, .maximum, .minimum]
        for kernel in arithmetic {
            let a = testTensor([2, 3, 4], seed: 5, low: 0.5, high: 2)
            let b = testTensor([3, 1], seed: 6, low: 0.5, high: 2)
            assertGradients("\(kernel) same shape", inputs: [a, a.apply(.add, scalar: 0.25)]) { try $0[0].apply(kernel, $0[1]) }
            assertGradients("\(kernel) broadcast", inputs: [a, b]) { try $0[0].apply(kernel, $0[1]) }
            assertGradients("\(kernel) scalar", inputs: [a, Tensor(scalar: 1.5)]) { try $0[0].apply(kernel, $0[1]) }
            assertGradients("\(kernel) scalar left", inputs: [Tensor(scalar: 1.5), a]) { try $0[0].apply(kernel, $0[1]) }
        }
    }

    func testSelect() {
        let mask = testTensor([3, 4], seed: 7).apply(.greater, scalar: 0)
        let a = testTensor([3, 4], seed: 8), b = testTensor([4], seed: 9)
        assertGradients("where", inputs: [a, b]) { try Tensor.select(mask, $0[0], $0[1]) }
    }

    func testReductions() {
        let x = testTensor([2, 3, 4], seed: 10)
        for kernel in ReduceKernel.allCases {
            for axes in [nil, [0], [1], [2], [0, 2], [1, 2], [-1]] as [[Int]?] {
                for keep in [false, true] {
                    assertGradients("\(kernel) \(String(describing: axes)) keep=\(keep)", inputs: [x]) {
                        try $0[0].reduce(kernel, axes: axes, keepDims: keep)
                    }
                }
            }
        }
        assertGradients("sum of a permuted view", inputs: [x]) { try $0[0].permute([2, 0, 1]).sum(axes: [1]) }
    }

    func testMovementOps() {
        let x = testTensor([2, 3, 4], seed: 11)
        assertGradients("reshape", inputs: [x]) { try $0[0].reshape([4, -1]) }
        assertGradients("permute", inputs: [x]) { try $0[0].permute([2, 0, 1]).apply(.mul, scalar: 2) }
        assertGradients("expand", inputs: [testTensor([3, 1], seed: 12)]) { try $0[0].expand([2, 3, 4]) }
        assertGradients("slice with step", inputs: [x]) {
            try $0[0].slice([.all, SliceRange(start: 2, end: nil, step: -2), SliceRange(start: 1, end: -1)])
        }
        assertGradients("contiguous", inputs: [x]) { try $0[0].transpose(0, 2).contiguous() }
        assertGradients("concat", inputs: [x, testTensor([2, 2, 4], seed: 13)]) { try Tensor.concat($0, axis: 1) }
        assertGradients("stack", inputs: [x, testTensor([2, 3, 4], seed: 14)]) { try Tensor.stack($0, axis: -1) }
        assertGradients("split", inputs: [x]) { try $0[0].split([1, 3], axis: 2)[1] }
    }

    func testIndexingOps() throws {
        let x = testTensor([3, 5], seed: 15)
        let index = try Tensor(shape: [3, 2], values: [0, 4, 2, 2, 1, 3])
        assertGradients("gather", inputs: [x]) { try $0[0].gather(axis: 1, index: index) }
        let rows = try Tensor(shape: [4], values: [2, 0, 2, 1])
        assertGradients("index_select", inputs: [x]) { try $0[0].indexSelect(axis: 0, index: rows) }
        let source = testTensor([3, 2], seed: 16)
        assertGradients("scatter_add", inputs: [x, source]) { try $0[0].scatterAdd(axis: 1, index: index, source: $0[1]) }
    }

    func testMatmul() {
        let a = testTensor([3, 4], seed: 17), b = testTensor([4, 5], seed: 18)
        assertGradients("matmul 2-d", inputs: [a, b]) { try $0[0].matmul($0[1]) }
        assertGradients("matmul transposed operands", inputs: [a, b]) { try $0[1].transpose().matmul($0[0].transpose()) }
        let batched = testTensor([2, 3, 4], seed: 19)
        assertGradients("matmul batch @ 2-d", inputs: [batched, b]) { try $0[0].matmul($0[1]) }
        assertGradients("matmul broadcast batch", inputs: [testTensor([2, 1, 3, 4], seed: 20), testTensor([3, 4, 2], seed: 21)]) {
            try $0[0].matmul($0[1])
        }
        assertGradients("matmul vector", inputs: [testTensor([4], seed: 22), b]) { try $0[0].matmul($0[1]) }
        assertGradients("matmul matrix-vector", inputs: [a, testTensor([4], seed: 23)]) { try $0[0].matmul($0[1]) }
        // x·Wᵀ as a linear layer computes it (W row-major), with 2-d and batched x: the gradient of
        // W is produced in W's own layout.
        let w = testTensor([5, 4], seed: 24)
        assertGradients("matmul x·Wᵀ", inputs: [a, w]) { try $0[0].matmul($0[1].transpose()) }
        assertGradients("matmul batch·Wᵀ", inputs: [batched, w]) { try $0[0].matmul($0[1].transpose()) }
    }

    func testLinear() throws {
        let w = testTensor([5, 4], seed: 25), b = testTensor([5], seed: 26)
        for x in [testTensor([3, 4], seed: 27), testTensor([2, 3, 4], seed: 28), testTensor([4], seed: 29)] {
            assertGradients("linear \(x.shape)", inputs: [x, w, b]) { try Tensor.linear($0[0], weight: $0[1], bias: $0[2]) }
            // The fused op equals the composed x·Wᵀ + b.
            let fused = try Tensor.linear(x, weight: w, bias: b)
            let composed = try x.matmul(w.transpose()).apply(.add, b)
            XCTAssertEqual(fused.shape, composed.shape)
            assertAllClose(fused.scalars, composed.scalars, atol: 1e-6)
        }
        XCTAssertThrowsError(try Tensor.linear(testTensor([3, 5]), weight: w, bias: b))
        XCTAssertThrowsError(try Tensor.linear(testTensor([3, 4]), weight: w, bias: testTensor([4])))
    }

    func testComposites() throws {
        let x = testTensor([3, 5], seed: 24)
        assertGradients("softmax", inputs: [x]) { try $0[0].softmax(axis: -1) }
        assertGradients("log_softmax", inputs: [x]) { try $0[0].logSoftmax(axis: 0) }
        assertGradients("logsumexp", inputs: [x]) { try $0[0].logsumexp(axes: [1]) }
        let targets = try Tensor(shape: [3], values: [4, -100, 1])
        assertGradients("cross_entropy", inputs: [x]) { try $0[0].crossEntropy(targets: targets) }
        let w = testTensor([5], seed: 25), b = testTensor([5], seed: 26)
        assertGradients("layer_norm", inputs: [x, w, b]) { try $0[0].layerNorm(weight: $0[1], bias: $0[2]) }
    }
}
