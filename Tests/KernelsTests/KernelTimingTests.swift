import Foundation
import XCTest
import Kernels

/// Throughput probes for tuning; skipped unless ALINEA_KERNEL_TIMING=1 (run them in release).
final class KernelTimingTests: XCTestCase {
    private func requireTiming() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["ALINEA_KERNEL_TIMING"] == "1",
                          "set ALINEA_KERNEL_TIMING=1 to run timing probes")
    }

    /// Best-of-repeats seconds for one call of `body`.
    private func seconds(minTotal: Double = 0.3, _ body: () -> Void) -> Double {
        body()
        var best = Double.infinity
        var total = 0.0
        var runs = 0
        while total < minTotal || runs < 3 {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
            best = min(best, elapsed)
            total += elapsed
            runs += 1
        }
        return best
    }

    func testGemmThroughput() throws {
        try requireTiming()
        var report = ""
        // (transA, transB): NN is the plain product, NT is x·Wᵀ (linear layers), TN is the weight gradient xᵀ·g.
        for (layout, transA, transB) in [("NN", false, false), ("NT", false, true), ("TN", true, false)] {
            for n in [16, 32, 48, 64, 96, 128, 256, 512, 1024] {
                if layout != "NN" && n > 512 { continue }
                let a = (0..<n * n).map { _ in Float.random(in: -1...1) }
                let b = (0..<n * n).map { _ in Float.random(in: -1...1) }
                var c = [Float](repeating: 0, count: n * n)
                for threads in [1, 2] {
                    let t = seconds {
                        a.withUnsafeBufferPointer { pa in
                            b.withUnsafeBufferPointer { pb in
                                c.withUnsafeMutableBufferPointer { pc in
                                    Gemm.sgemm(m: n, n: n, k: n,
                                               a: pa.base, aRowStride: transA ? 1 : n, aColStride: transA ? n : 1,
                                               b: pb.base, bRowStride: transB ? 1 : n, bColStride: transB ? n : 1,
                                               c: pc.base, cRowStride: n, accumulate: false, threads: threads)
                                }
                            }
                        }
                    }
                    report += String(format: "gemm %@ N=%4d threads=%d: %7.1f GFLOP/s  (%.2f us)\n",
                                     layout, n, threads, 2 * Double(n * n * n) / t * 1e-9, t * 1e6)
                }
            }
        }
        print(report)
    }

    func testGemmSkinnyThroughput() throws {
        try requireTiming()
        var report = ""
        // Row-vector-like products (batch of a few rows through a weight matrix) and their transposes.
        for (m, n, k, transB) in [(1, 512, 512, false), (4, 512, 512, false), (8, 512, 512, false),
                                  (1, 512, 512, true), (4, 512, 512, true), (512, 8, 512, false), (64, 64, 4096, false)] {
            let a = (0..<m * k).map { _ in Float.random(in: -1...1) }
            let b = (0..<k * n).map { _ in Float.random(in: -1...1) }
            var c = [Float](repeating: 0, count: m * n)
            let t = seconds {
                a.withUnsafeBufferPointer { pa in
                    b.withUnsafeBufferPointer { pb in
                        c.withUnsafeMutableBufferPointer { pc in
                            Gemm.sgemm(m: m, n: n, k: k, a: pa.base, aRowStride: k, aColStride: 1,
                                       b: pb.base, bRowStride: transB ? 1 : n, bColStride: transB ? k : 1,
                                       c: pc.base, cRowStride: n, accumulate: false, threads: 1)
                        }
                    }
                }
            }
            report += String(format: "gemm m=%d n=%d k=%d transB=%d: %7.1f GFLOP/s (%.2f us)\n",
                             m, n, k, transB ? 1 : 0, 2 * Double(m * n * k) / t * 1e-9, t * 1e6)
        }
        print(report)
    }

    func testElementwiseThroughput() throws {
        try requireTiming()
        var report = ""
        let saved = Threading.maxThreads
        defer { Threading.maxThreads = saved }
        for count in [1 << 10, 1 << 16, 1 << 20, 1 << 24] {
            let a = (0..<count).map { _ in Float.random(in: -5...5) }
            let b = (0..<count).map { _ in Float.random(in: 0.5...5) }
            var z = [Float](repeating: 0, count: count)
            for threads in [1, 2] {
                Threading.maxThreads = threads
                a.withUnsafeBufferPointer { pa in
                    b.withUnsafeBufferPointer { pb in
                        z.withUnsafeMutableBufferPointer { pz in
                            let x = pa.base, y = pb.base, out = pz.base
                            func line(_ name: String, bytesPerElement: Double, _ body: () -> Void) {
                                let t = seconds(minTotal: 0.2, body)
                                report += String(format: "%-9@ n=%9d threads=%d: %7.2f Gelem/s %7.1f GB/s\n",
                                                 name, count, threads, Double(count) / t * 1e-9,
                                                 Double(count) * bytesPerElement / t * 1e-9)
                            }
                            line("add", bytesPerElement: 12) { Elementwise.binary(.add, x, y, out, count: count) }
                            line("mul-s", bytesPerElement: 8) { Elementwise.binary(.mul, x, scalar: 2, out, count: count) }
                            line("axpy", bytesPerElement: 12) { Elementwise.axpy(0.5, x, out, count: count) }
                            line("relu", bytesPerElement: 8) { Elementwise.unary(.relu, x, out, count: count) }
                            line("exp", bytesPerElement: 8) { Elementwise.unary(.exp, x, out, count: count) }
                            line("log", bytesPerElement: 8) { Elementwise.unary(.log, y, out, count: count) }
                            line("tanh", bytesPerElement: 8) { Elementwise.unary(.tanh, x, out, count: count) }
                            line("sigmoid", bytesPerElement: 8) { Elementwise.unary(.sigmoid, x, out, count: count) }
                            line("gelu", bytesPerElement: 8) { Elementwise.unary(.gelu, x, out, count: count) }
                            line("softplus", bytesPerElement: 8) { Elementwise.unary(.softplus, x, out, count: count) }
                            line("sqrt", bytesPerElement: 8) { Elementwise.unary(.sqrt, y, out, count: count) }
                            line("pow", bytesPerElement: 12) { Elementwise.binary(.pow, y, x, out, count: count) }
                            line("sum", bytesPerElement: 4) { _ = Reduction.reduce(.sum, x, count: count) }
                            line("max", bytesPerElement: 4) { _ = Reduction.reduce(.max, x, count: count) }
                        }
                    }
                }
                if count < 1 << 18 { break }
            }
        }
        print(report)
    }
}
