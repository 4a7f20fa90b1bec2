import Engine
import TestSupport
import XCTest

final class ViewsTests: XCTestCase {
    func testReshapeIsAViewWhenContiguous() throws {
        let t = try Tensor.arange(0, 6)
        let r = try t.reshape([2, -1])
        XCTAssertTrue(r.storage === t.storage)
        XCTAssertEqual(r.shape, [2, 3])
        XCTAssertThrowsError(try t.reshape([4, -1])) { XCTAssertTrue("\($0)".hasPrefix("reshape:")) }
        XCTAssertThrowsError(try t.reshape([-1, -1]))
    }

    func testTransposeAndPermuteAreViews() throws {
        let t = try Tensor.arange(0, 6).reshape([2, 3])
        let tt = try t.transpose()
        XCTAssertTrue(tt.storage === t.storage)
        XCTAssertFalse(tt.isContiguous)
        XCTAssertEqual(tt.scalars, [0, 3, 1, 4, 2, 5])
        XCTAssertEqual(try tt.reshape([6]).scalars, [0, 3, 1, 4, 2, 5])
        XCTAssertThrowsError(try t.permute([0, 0]))
    }

    func testExpandUsesZeroStride() throws {
        let t = try Tensor.arange(0, 3).reshape([3, 1])
        let e = try t.expand([2, 3, 4])
        XCTAssertTrue(e.storage === t.storage)
        XCTAssertEqual(e.strides[0], 0)
        XCTAssertEqual(e.scalars, [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2])
        XCTAssertThrowsError(try t.expand([3, 2, 2]))
    }

    func testSlicingLikePython() throws {
        let t = try Tensor.arange(0, 10)
        XCTAssertEqual(try t.slice([SliceRange(start: 2, end: 5)]).scalars, [2, 3, 4])
        XCTAssertEqual(try t.slice([SliceRange(start: -3, end: nil)]).scalars, [7, 8, 9])
        XCTAssertEqual(try t.slice([SliceRange(start: nil, end: nil, step: 3)]).scalars, [0, 3, 6, 9])
        XCTAssertEqual(try t.slice([SliceRange(start: nil, end: nil, step: -1)]).scalars, [9, 8, 7, 6, 5, 4, 3, 2, 1, 0])
        XCTAssertEqual(try t.slice([SliceRange(start: 8, end: 2, step: -2)]).scalars, [8, 6, 4])
        XCTAssertEqual(try t.slice([SliceRange(start: 20, end: 30)]).scalars, [])
        XCTAssertThrowsError(try t.slice([SliceRange(start: 0, end: 1, step: 0)]))
        let m = try Tensor.arange(0, 12).reshape([3, 4])
        XCTAssertEqual(try m.slice([.all, SliceRange(start: 1, end: 3)]).scalars, [1, 2, 5, 6, 9, 10])
        XCTAssertEqual(try m.select(axis: 1, index: -1).scalars, [3, 7, 11])
        XCTAssertThrowsError(try m.select(axis: 0, index: 3)) { XCTAssertTrue("\($0)".contains("out of range")) }
    }

    func testSqueezeUnsqueeze() throws {
        let t = Tensor.zeros([2, 1, 3])
        XCTAssertEqual(try t.squeeze().shape, [2, 3])
        XCTAssertEqual(try t.unsqueeze(0).shape, [1, 2, 1, 3])
        XCTAssertEqual(try t.unsqueeze(-1).shape, [2, 1, 3, 1])
    }

    func testLargeContiguousCopySplitAcrossThreadsMatchesElementwise() throws {
        // 84,000 elements: above the size at which the copy is split by slabs of the first axis.
        let x = testTensor([300, 4, 70], seed: 90)
        for view in [try x.permute([2, 0, 1]), try x.transpose(0, 1), try x.slice([.all, .all, SliceRange(start: nil, end: nil, step: 2)])] {
            let copy = view.contiguous()
            XCTAssertTrue(copy.isContiguous)
            var expected: [Float] = []
            view.forEachStorageOffset { expected.append(view.storage.pointer[$0]) }
            XCTAssertEqual(copy.scalars, expected)
        }
    }
}
