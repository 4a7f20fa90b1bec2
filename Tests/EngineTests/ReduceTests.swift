import Engine
import TestSupport
import XCTest

final class ReduceTests: XCTestCase {
    func testSumMeanMaxMinOverAxes() throws {
        let t = try Tensor.arange(0, 24).reshape([2, 3, 4])
        XCTAssertEqual(try t.sum().item(), 276)
        XCTAssertEqual(try t.sum(axes: [1]).scalars, [12, 15, 18, 21, 48, 51, 54, 57])
        XCTAssertEqual(try t.sum(axes: [0, 2], keepDims: true).shape, [1, 3, 1])
        XCTAssertEqual(try t.sum(axes: [0, 2]).scalars, [60, 92, 124])
        XCTAssertEqual(try t.max(axes: [-1]).scalars, [3, 7, 11, 15, 19, 23])
        XCTAssertEqual(try t.min(axes: [0]).scalars, Array(0..<12).map(Float.init))
        XCTAssertEqual(try t.mean().item(), 11.5)
        XCTAssertEqual(try t.permute([2, 0, 1]).sum(axes: [0]).scalars, [6, 22, 38, 54, 70, 86])
        XCTAssertThrowsError(try t.sum(axes: [3])) { XCTAssertTrue("\($0)".hasPrefix("sum: axis 3")) }
        XCTAssertThrowsError(try t.sum(axes: [1, -2]))
        XCTAssertThrowsError(try Tensor.zeros([0]).max())
    }

    func testArgmaxAndLogsumexp() throws {
        let t = try Tensor(shape: [2, 3], values: [1, 5, 2, 7, 0, 7])
        XCTAssertEqual(try t.argmax(axis: 1).scalars, [1, 0])
        XCTAssertEqual(try t.argmax().scalars, [3])
        XCTAssertEqual(try t.argmin(axis: 0).scalars, [0, 1, 0])
        let big = try Tensor(shape: [2], values: [1000, 1000])
        assertAllClose(try big.logsumexp().scalars, [1000 + log(2)])
        let negInf = try Tensor(shape: [2], values: [-.infinity, -.infinity])
        XCTAssertEqual(try negInf.logsumexp().item(), -.infinity)
    }

    func testLargeSumIsAccurate() throws {
        let t = Tensor.full([1_000_001], 0.1)
        XCTAssertEqual(Double(try t.sum().item()), 100_000.1, accuracy: 0.5)
    }
}
