import Engine
import TestSupport
import XCTest

final class IndexingTests: XCTestCase {
    func testGatherIndexSelectScatter() throws {
        let x = try Tensor.arange(0, 6).reshape([2, 3])
        let idx = try Tensor(shape: [2, 2], values: [2, 0, 1, -1])
        XCTAssertEqual(try x.gather(axis: 1, index: idx).scalars, [2, 0, 4, 5])
        XCTAssertEqual(try x.indexSelect(axis: 0, index: Tensor(shape: [3], values: [1, 1, 0])).scalars, [3, 4, 5, 3, 4, 5, 0, 1, 2])
        let s = try Tensor.zeros([2, 3]).scatterAdd(axis: 1, index: Tensor(shape: [2, 2], values: [0, 0, 2, 1]), source: Tensor.ones([2, 2]))
        XCTAssertEqual(s.scalars, [2, 0, 0, 0, 1, 1])
        XCTAssertEqual(try Tensor(shape: [3], values: [0, 2, 1]).oneHot(classes: 3).scalars, [1, 0, 0, 0, 0, 1, 0, 1, 0])
    }

    func testNonIntegralAndOutOfRangeIndicesNameTheOp() throws {
        let x = Tensor.zeros([2, 3])
        XCTAssertThrowsError(try x.gather(axis: 1, index: Tensor(shape: [2, 1], values: [0.5, 1]))) { error in
            XCTAssertEqual("\(error)", "gather: index 0.5 is not an integer (indices must be integral)")
        }
        XCTAssertThrowsError(try x.indexSelect(axis: 0, index: Tensor(shape: [1], values: [2]))) { error in
            XCTAssertEqual("\(error)", "index_select: index 2 is out of range for size 2")
        }
        XCTAssertThrowsError(try Tensor(shape: [1], values: [.nan]).oneHot(classes: 3)) { error in
            XCTAssertTrue("\(error)".hasPrefix("one_hot:"))
        }
    }

    func testConcatStackSplit() throws {
        let a = try Tensor.arange(0, 4).reshape([2, 2]), b = try Tensor.arange(4, 6).reshape([2, 1])
        assertTensor(try Tensor.concat([a, b], axis: 1), shape: [2, 3], [0, 1, 4, 2, 3, 5])
        assertTensor(try Tensor.stack([a, a], axis: 0), shape: [2, 2, 2], [0, 1, 2, 3, 0, 1, 2, 3])
        let parts = try Tensor.arange(0, 5).split([2, 3])
        XCTAssertEqual(parts.map(\.scalars), [[0, 1], [2, 3, 4]])
        XCTAssertThrowsError(try Tensor.concat([a, Tensor.zeros([3, 1])], axis: 1))
        XCTAssertThrowsError(try Tensor.arange(0, 5).split([2, 2]))
    }
}
