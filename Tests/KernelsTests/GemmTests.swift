import XCTest
import Kernels

final class GemmTests: XCTestCase {
    /// Layout of one operand inside a larger buffer.
    private struct Layout {
        let rowStride: Int
        let colStride: Int
        let count: Int

        /// Row-major with padding (`ld ≥ cols`), or column-major (the transposed view) when `transposed`.
        static func make(rows: Int, cols: Int, transposed: Bool, pad: Int) -> Layout {
            transposed
                ? Layout(rowStride: 1, colStride: rows + pad, count: (rows + pad) * max(cols, 1))
                : Layout(rowStride: cols + pad, colStride: 1, count: max(rows, 1) * (cols + pad))
        }
    }

    private func check(m: Int, n: Int, k: Int, alpha: Float = 1, transA: Bool = false, transB: Bool = false,
                       accumulate: Bool = false, threads: Int = 1, pad: Int = 0, seed: UInt64 = 1,
                       file: StaticString = #filePath, line: UInt = #line) {
        var rng = TestRandom(seed: seed &+ UInt64(m * 1_000_003 + n * 1009 + k))
        let la = Layout.make(rows: m, cols: k, transposed: transA, pad: pad)
        let lb = Layout.make(rows: k, cols: n, transposed: transB, pad: pad)
        let ldc = n + pad
        let a = rng.array(la.count)
        let b = rng.array(lb.count)
        let c0 = rng.array(max(m, 1) * ldc)
        var got = c0
        var want = c0
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                got.withUnsafeMutableBufferPointer { pc in
                    Gemm.sgemm(m: m, n: n, k: k, alpha: alpha,
                               a: pa.base, aRowStride: la.rowStride, aColStride: la.colStride,
                               b: pb.base, bRowStride: lb.rowStride, bColStride: lb.colStride,
                               c: pc.base, cRowStride: ldc, accumulate: accumulate, threads: threads)
                }
                want.withUnsafeMutableBufferPointer { pc in
                    Gemm.sgemmReference(m: m, n: n, k: k, alpha: alpha,
                                        a: pa.base, aRowStride: la.rowStride, aColStride: la.colStride,
                                        b: pb.base, bRowStride: lb.rowStride, bColStride: lb.colStride,
                                        c: pc.base, cRowStride: ldc, accumulate: accumulate)
                }
            }
        }
        // Float accumulation error grows like sqrt(k); entries are O(sqrt(k)) too.
        let tolerance = Float(2e-6) * Float(k + 4) * max(1, abs(alpha))
        var worst: Float = 0
        for i in 0..<m {
            for j in 0..<ldc {
                let index = i * ldc + j
                if j >= n {
                    XCTAssertEqual(got[index], c0[index], "padding column touched", file: file, line: line)
                    continue
                }
                worst = max(worst, abs(got[index] - want[index]))
            }
        }
        XCTAssertLessThanOrEqual(worst, tolerance,
                                 "m=\(m) n=\(n) k=\(k) alpha=\(alpha) tA=\(transA) tB=\(transB) acc=\(accumulate) t=\(threads)",
                                 file: file, line: line)
    }

    func testSmallShapesAllLayouts() {
        let sizes = [1, 2, 5, 6, 7, 15, 16, 17, 23]
        var seed: UInt64 = 0
        for m in sizes {
            for n in sizes {
                for k in [1, 3, 8, 17] {
                    seed += 1
                    check(m: m, n: n, k: k, transA: seed % 2 == 0, transB: seed % 3 == 0,
                          accumulate: seed % 5 == 0, seed: seed)
                }
            }
        }
    }

    func testLargerShapesAllLayouts() {
        // Includes thin shapes (m or n ≤ 8) that take the unpacked row, dot and GEMV-style paths.
        let shapes = [(25, 33, 40), (64, 64, 64), (61, 47, 53), (6, 160, 30), (130, 17, 29), (7, 200, 260),
                      (1, 150, 100), (3, 70, 90), (200, 5, 40), (120, 8, 70), (1, 1, 20000)]
        for (m, n, k) in shapes {
            for transA in [false, true] {
                for transB in [false, true] {
                    check(m: m, n: n, k: k, transA: transA, transB: transB)
                    check(m: m, n: n, k: k, alpha: -0.5, transA: transA, transB: transB, accumulate: true, pad: 3)
                }
            }
        }
    }

    func testDepthLargerThanOneBlock() {
        check(m: 13, n: 21, k: 300)
        check(m: 13, n: 21, k: 300, alpha: 2, accumulate: true, pad: 1)
        check(m: 9, n: 40, k: 513, transA: true, transB: true)
    }

    func testThreadedShapes() {
        // Above the threading threshold (2^21 multiply-adds) in both split directions.
        check(m: 131, n: 127, k: 129, threads: 2)
        check(m: 40, n: 260, k: 250, alpha: 0.25, transB: true, accumulate: true, threads: 2, pad: 2)
        check(m: 250, n: 50, k: 200, transA: true, threads: 2)
        check(m: 4, n: 3000, k: 200, accumulate: true, threads: 2)
        check(m: 3000, n: 3, k: 250, alpha: 3, threads: 2)
    }

    func testDegenerateShapes() {
        check(m: 0, n: 5, k: 3)
        check(m: 4, n: 0, k: 3)
        check(m: 4, n: 5, k: 0)
        check(m: 4, n: 5, k: 0, accumulate: true)
        check(m: 30, n: 30, k: 30, alpha: 0)
        check(m: 30, n: 30, k: 30, alpha: 0, accumulate: true)
    }

    func testOverwriteIgnoresGarbageInC() {
        let n = 32
        let a = [Float](repeating: 1, count: n * n)
        var c = [Float](repeating: .nan, count: n * n)
        a.withUnsafeBufferPointer { pa in
            c.withUnsafeMutableBufferPointer { pc in
                Gemm.sgemm(m: n, n: n, k: n, a: pa.base, aRowStride: n, aColStride: 1,
                           b: pa.base, bRowStride: n, bColStride: 1,
                           c: pc.base, cRowStride: n, accumulate: false, threads: 1)
            }
        }
        XCTAssertEqual(c, [Float](repeating: Float(n), count: n * n))
    }
}
