@testable import Plot
import XCTest

final class AxisAndSmoothingTests: XCTestCase {
    func testLinearTicksAreNice() {
        let axis = AxisScale.linear(min: 0.37, max: 2.31, targetTicks: 6)
        XCTAssertEqual(axis.labels, ["0", "0.5", "1", "1.5", "2", "2.5"])
        XCTAssertEqual(axis.lower, 0)
        XCTAssertEqual(axis.upper, 2.5)
    }

    func testLinearTicksForStepsAndFlatData() {
        XCTAssertEqual(AxisScale.linear(min: 0, max: 999, targetTicks: 7).labels, ["0", "200", "400", "600", "800", "1000"])
        let flat = AxisScale.linear(min: 5, max: 5)
        XCTAssertLessThan(flat.lower, 5)
        XCTAssertGreaterThan(flat.upper, 5)
        XCTAssertEqual(AxisScale.linear(min: 0.1, max: 0.3).labels, ["0.1", "0.15", "0.2", "0.25", "0.3"])
    }

    func testLogAxisDecades() {
        let axis = AxisScale.make(min: 0.001, max: 50, log: true)
        XCTAssertTrue(axis.isLog)
        XCTAssertEqual(axis.labels, ["0.001", "0.01", "0.1", "1", "10", "100"])
        XCTAssertEqual(axis.lower, -3)
        XCTAssertEqual(axis.upper, 2)
        XCTAssertNil(axis.transform(0))
        XCTAssertNil(axis.transform(-1))
        XCTAssertEqual(axis.transform(100), 2)
    }

    func testLogAxisWithinOneDecadeUsesOneTwoFive() {
        let axis = AxisScale.make(min: 0.4, max: 2.3, log: true)
        XCTAssertEqual(axis.labels, ["0.5", "1", "2"])
    }

    func testLogAxisWideRangeThinsDecades() {
        let axis = AxisScale.make(min: 1e-10, max: 1e10, log: true)
        XCTAssertLessThanOrEqual(axis.ticks.count, 11)
        XCTAssertEqual(axis.labels.first, "1e-10")
    }

    func testExponentialSmoothingIsDebiased() {
        let s = PlotSmoothing.exponential(0.5).apply([1, 1, 1, 3])
        XCTAssertEqual(s[0], 1, accuracy: 1e-12)
        XCTAssertEqual(s[1], 1, accuracy: 1e-12)
        // last = 0.5·(0.5·(0.5·0.5+0.5)+0.5)+1.5 = 1.9375 (raw EMA); debias 1 − 0.5⁴ = 0.9375
        XCTAssertEqual(s[3], 1.9375 / 0.9375, accuracy: 1e-12)
    }

    func testExponentialSmoothingSkipsNaN() {
        let s = PlotSmoothing.exponential(0.9).apply([2, .nan, 2, .infinity])
        XCTAssertEqual(s[0], 2, accuracy: 1e-12)
        XCTAssertTrue(s[1].isNaN)
        XCTAssertEqual(s[2], 2, accuracy: 1e-12)
        XCTAssertTrue(s[3].isNaN)
    }

    func testWindowSmoothing() {
        let s = PlotSmoothing.window(3).apply([3, 6, 9, 12, .nan, 0])
        XCTAssertEqual(Array(s[0..<4]), [3, 4.5, 6, 9])
        XCTAssertTrue(s[4].isNaN)
        XCTAssertEqual(s[5], 7)
        let long = PlotSmoothing.window(10).apply((0..<10_000).map { _ in 0.1 })
        XCTAssertEqual(long.last ?? 0, 0.1, accuracy: 1e-12)
    }
}
