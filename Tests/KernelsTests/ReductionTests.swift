import XCTest
import Kernels

final class ReductionTests: XCTestCase {
    private func relativeError(_ got: Float, _ want: Float) -> Float {
        if got == want || (got.isNaN && want.isNaN) { return 0 }
        return abs(got - want) / max(abs(want), 1e-30)
    }

    func testContiguousAndStridedMatchReference() {
        var rng = TestRandom(seed: 37)
        for size in oddSizes + [2048, 2049, 5000] {
            for stride in [1, 2, 3] {
                let x = rng.array(max(size * stride, 1), -10, 10)
                x.withUnsafeBufferPointer { p in
                    let base = p.base
                    for op in ReduceKernel.allCases {
                        let got = stride == 1
                            ? Reduction.reduce(op, base, count: size)
                            : Reduction.reduce(op, base, count: size, stride: stride)
                        let want = Reduction.reduceReference(op, base, count: size, stride: stride)
                        // Sums of ±10 values: compare against the magnitude of the terms, not the (cancelling) total.
                        let scale: Float = op == .sum ? max(1, 10 * Float(size).squareRoot()) : 1
                        let error = got == want ? 0 : abs(got - want) / scale
                        XCTAssertLessThanOrEqual(error, 1e-5, "\(op) size \(size) stride \(stride): \(got) vs \(want)")
                    }
                }
            }
        }
    }

    func testEmptyReductionsReturnIdentity() {
        let x: [Float] = [1]
        x.withUnsafeBufferPointer { p in
            XCTAssertEqual(Reduction.reduce(.sum, p.base, count: 0), 0)
            XCTAssertEqual(Reduction.reduce(.max, p.base, count: 0), -.infinity)
            XCTAssertEqual(Reduction.reduce(.min, p.base, count: 0, stride: 4), .infinity)
        }
    }

    func testMillionValueSumIsAccurate() {
        var rng = TestRandom(seed: 41)
        let x = rng.array(1_000_000, 0, 1)
        x.withUnsafeBufferPointer { p in
            let got = Reduction.reduce(.sum, p.base, count: p.count)
            let want = Reduction.reduceReference(.sum, p.base, count: p.count, stride: 1)
            XCTAssertLessThanOrEqual(relativeError(got, want), 1e-6)
            let strided = Reduction.reduce(.sum, p.base, count: p.count / 2, stride: 2)
            let stridedWant = Reduction.reduceReference(.sum, p.base, count: p.count / 2, stride: 2)
            XCTAssertLessThanOrEqual(relativeError(strided, stridedWant), 1e-6)
        }
    }

    func testNaNPropagatesThroughMaxAndMin() {
        for size in [1, 7, 17, 40, 1000] {
            for position in Set([0, size / 2, size - 1]) {
                var x = (0..<size).map { Float($0) }
                x[position] = .nan
                x.withUnsafeBufferPointer { p in
                    XCTAssertTrue(Reduction.reduce(.max, p.base, count: size).isNaN)
                    XCTAssertTrue(Reduction.reduce(.min, p.base, count: size).isNaN)
                    XCTAssertTrue(Reduction.reduce(.sum, p.base, count: size).isNaN)
                    XCTAssertEqual(Reduction.argmax(p.base, count: size, stride: 1), position)
                    XCTAssertEqual(Reduction.argmin(p.base, count: size, stride: 1), position)
                }
            }
        }
    }

    func testArgmaxArgminFirstOccurrence() {
        let x: [Float] = [3, 1, 4, 1, 5, 9, 2, 6, 9, 3, 1, -2, 8, -2]
        x.withUnsafeBufferPointer { p in
            XCTAssertEqual(Reduction.argmax(p.base, count: x.count, stride: 1), 5)
            XCTAssertEqual(Reduction.argmin(p.base, count: x.count, stride: 1), 11)
            // Strided view [3, 4, 5, 2, 9, 1, 8]
            XCTAssertEqual(Reduction.argmax(p.base, count: 7, stride: 2), 4)
            XCTAssertEqual(Reduction.argmin(p.base, count: 7, stride: 2), 5)
            XCTAssertEqual(Reduction.argmax(p.base, count: 1, stride: 2), 0)
            XCTAssertEqual(Reduction.argmin(p.base, count: 0, stride: 1), 0)
        }
        var rng = TestRandom(seed: 43)
        for size in [17, 1000, 1023] {
            let y = rng.array(size)
            y.withUnsafeBufferPointer { p in
                XCTAssertEqual(Reduction.argmax(p.base, count: size, stride: 1), y.indices.max { y[$0] < y[$1] })
                XCTAssertEqual(Reduction.argmin(p.base, count: size, stride: 1), y.indices.min { y[$0] < y[$1] })
            }
        }
    }

    func testReduceMiddleMatchesStridedReference() {
        var rng = TestRandom(seed: 47)
        let shapes = [(1, 1, 1), (2, 3, 1), (3, 5, 2), (2, 7, 8), (2, 4, 9), (3, 17, 33), (1, 300, 40), (2, 9, 71), (4, 0, 3),
                      (1, 2048, 130), (2, 600, 100)]  // the last two split their columns across threads
        for (outer, n, inner) in shapes {
            var x = rng.array(max(outer * n * inner, 1), -3, 3)
            if outer * n * inner > 10 { x[5] = .nan }
            var out = [Float](repeating: 42, count: outer * inner)
            for op in ReduceKernel.allCases {
                x.withUnsafeBufferPointer { p in
                    out.withUnsafeMutableBufferPointer { o in
                        Reduction.reduceMiddle(op, p.base, outer: outer, n: n, inner: inner, o.base)
                    }
                    for o in 0..<outer {
                        for i in 0..<inner {
                            let want = Reduction.reduceReference(op, p.base + o * n * inner + i, count: n, stride: inner)
                            let got = out[o * inner + i]
                            // Sums cancel, so measure the error against the size of the terms (|x| ≤ 3).
                            let error = op == .sum && !want.isNaN ? abs(got - want) / (3 * Float(max(n, 1)).squareRoot())
                                                                  : relativeError(got, want)
                            XCTAssertLessThanOrEqual(error, op == .sum ? 1e-6 : 0,
                                                     "\(op) shape (\(outer), \(n), \(inner)) at [\(o), \(i)]: \(got) vs \(want)")
                        }
                    }
                }
            }
        }
    }
}
