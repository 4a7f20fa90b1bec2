import Engine
import Kernels
import TestSupport
import XCTest

/// Tensor-level elementwise ops against the scalar reference over odd sizes and strided views.
final class ElementwiseOpsTests: XCTestCase {
    func testUnaryMatchesReferenceOverOddSizesAndViews() throws {
        for n in [1, 7, 17, 1000] {
            let x = testTensor([n], seed: UInt64(n), low: -3, high: 3)
            for kernel in UnaryKernel.allCases {
                let input = [.log, .sqrt].contains(kernel) ? x.abs() : x
                let expected = input.scalars.map { Elementwise.unaryReference(kernel, $0) }
                assertAllClose(input.apply(kernel).scalars, expected, atol: 1e-6, rtol: 1e-5, "\(kernel) n=\(n)")
            }
        }
        let m = testTensor([7, 17], seed: 3)
        let view = try m.transpose().slice([SliceRange(start: nil, end: nil, step: 2)])
        XCTAssertFalse(view.isContiguous)
        assertAllClose(view.apply(.exp).scalars, view.scalars.map { Elementwise.unaryReference(.exp, $0) }, atol: 1e-6)
    }

    func testBinaryBroadcastingMatchesReference() throws {
        let a = testTensor([4, 1, 5], seed: 1), b = testTensor([3, 1], seed: 2)
        for kernel in BinaryKernel.allCases {
            let z = try a.apply(kernel, b)
            XCTAssertEqual(z.shape, [4, 3, 5])
            var expected: [Float] = []
            for i in 0..<4 { for j in 0..<3 { for k in 0..<5 {
                expected.append(Elementwise.binaryReference(kernel, a.scalars[i * 5 + k], b.scalars[j]))
            } } }
            assertAllClose(z.scalars, expected, atol: 1e-6, "\(kernel)")
        }
    }

    func testRowBroadcastMatchesReference() throws {
        // A bias-like operand repeated over rows, small and large enough to split across threads.
        for (shape, row) in [([2, 3, 5], [3, 5]), ([7, 9], [1, 9]), ([600, 128], [128])] {
            let a = testTensor(shape, seed: 3), b = testTensor(row, seed: 4)
            let width = b.count
            for kernel in [BinaryKernel.add, .sub, .mul, .div] {
                let z = try a.apply(kernel, b)
                XCTAssertEqual(z.shape, shape)
                let expected = a.scalars.enumerated().map { Elementwise.binaryReference(kernel, $1, b.scalars[$0 % width]) }
                assertAllClose(z.scalars, expected, atol: 1e-6, "\(kernel) \(shape) with \(row)")
            }
        }
    }

    func testBroadcastErrorNamesOpAndShapes() {
        XCTAssertThrowsError(try Tensor.zeros([2, 3]).apply(.add, Tensor.zeros([4]))) { error in
            XCTAssertEqual("\(error)", "add: shapes [2, 3] and [4] do not broadcast (dimension 1: 3 vs 4)")
        }
    }

    func testComparisonsMasksAndWhere() throws {
        let x = try Tensor(shape: [4], values: [-1, 0, 2, 3])
        XCTAssertEqual(x.apply(.greater, scalar: 0).scalars, [0, 0, 1, 1])
        XCTAssertEqual(try Tensor.select(x.apply(.less, scalar: 1), x, Tensor(scalar: 9)).scalars, [-1, 0, 9, 9])
        XCTAssertEqual(try x.maskedFill(x.apply(.equal, scalar: 2), -5).scalars, [-1, 0, -5, 3])
    }

    func testActivationsMatchKnownValues() {
        let x = (try? Tensor(shape: [3], values: [-1, 0, 1])) ?? Tensor(scalar: 0)
        assertAllClose(x.gelu().scalars, [-0.15865526, 0, 0.8413447], atol: 1e-6)
        assertAllClose(x.gelu(tanhApproximation: true).scalars, [-0.15880801, 0, 0.841192], atol: 1e-6)
        assertAllClose(x.softplus().scalars, [0.31326169, 0.69314718, 1.31326169], atol: 1e-6)
        assertAllClose(x.logSigmoid().scalars, [-1.31326169, -0.69314718, -0.31326169], atol: 1e-6)
        let big = (try? Tensor(shape: [2], values: [-200, 200])) ?? Tensor(scalar: 0)
        assertAllClose(big.softplus().scalars, [0, 200])
        assertAllClose(big.logSigmoid().scalars, [-200, 0])
    }
}
