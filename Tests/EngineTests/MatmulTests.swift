import Engine
import TestSupport
import XCTest

final class MatmulTests: XCTestCase {
    func testValuesAndShapes() throws {
        let a = try Tensor(shape: [2, 3], values: [1, 2, 3, 4, 5, 6])
        let b = try Tensor(shape: [3, 2], values: [7, 8, 9, 10, 11, 12])
        assertTensor(try a.matmul(b), shape: [2, 2], [58, 64, 139, 154])
        assertTensor(try a.transpose().matmul(a), shape: [3, 3], [17, 22, 27, 22, 29, 36, 27, 36, 45])
        let v = try Tensor(shape: [3], values: [1, 0, -1])
        assertTensor(try a.matmul(v), shape: [2], [-2, -2])
        assertTensor(try v.matmul(b), shape: [2], [-4, -4])
        let batch = try Tensor.stack([a, a.apply(.mul, scalar: 2)])
        assertTensor(try batch.matmul(b), shape: [2, 2, 2], [58, 64, 139, 154, 116, 128, 278, 308])
    }

    func testShapeErrorNamesBothShapes() {
        XCTAssertThrowsError(try Tensor.zeros([2, 3]).matmul(Tensor.zeros([4, 5]))) { error in
            XCTAssertEqual("\(error)", "matmul: [2, 3] @ [4, 5]: inner dimensions 3 and 4 differ")
        }
        XCTAssertThrowsError(try Tensor.zeros([2, 2, 3]).matmul(Tensor.zeros([3, 3, 2])))
        XCTAssertThrowsError(try Tensor(scalar: 1).matmul(Tensor.zeros([1])))
    }

    func testLargeMatmulMatchesNaive() throws {
        let a = testTensor([65, 130], seed: 1), b = testTensor([130, 67], seed: 2)
        let c = try a.matmul(b).scalars
        let av = a.scalars, bv = b.scalars
        var expected = [Float](repeating: 0, count: 65 * 67)
        for i in 0..<65 { for j in 0..<67 {
            var s = 0.0
            for k in 0..<130 { s += Double(av[i * 130 + k]) * Double(bv[k * 67 + j]) }
            expected[i * 67 + j] = Float(s)
        } }
        assertAllClose(c, expected, atol: 1e-4, rtol: 1e-4)
    }
}
