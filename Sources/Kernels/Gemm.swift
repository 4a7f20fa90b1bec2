/// Single-precision matrix multiply on strided operands: packed, register-blocked, optionally threaded.
public enum Gemm {
    /// Rows of A per micro-tile: 6×16 uses 12 of the 16 AVX2 registers for accumulators.
    static let mr = 6
    /// Columns of B per micro-tile: two SIMD8 vectors.
    static let nr = 16
    /// Depth of one packed block: a 16×256 B micro-panel (16 KB) stays in L1 while A streams from L2.
    static let kcMax = 256
    /// Rows of one packed A block (multiple of mr): 120×256 floats = 120 KB sits in L2.
    static let mcMax = 120
    /// Columns of one packed B block (multiple of nr): 256×2048 floats = 2 MB lives in L3.
    static let ncMax = 2048
    /// Below this many multiply-adds packing costs more than it saves.
    static let smallWork = 24 * 24 * 24
    /// Below this many multiply-adds a thread hand-off costs more than it saves.
    static let threadedWork = 1 << 21

    /// Whether one m×n×k product is big enough to split across threads (else run products side by side).
    public static func prefersThreads(m: Int, n: Int, k: Int) -> Bool {
        m * n * k >= threadedWork
    }

    /// C[m×n] = (accumulate ? C : 0) + alpha * A[m×k]·B[k×n]; A and B are addressed by (row stride, column stride) so transposed operands need no copy.
    public static func sgemm(m: Int, n: Int, k: Int, alpha: Float = 1,
                             a: UnsafePointer<Float>, aRowStride: Int, aColStride: Int,
                             b: UnsafePointer<Float>, bRowStride: Int, bColStride: Int,
                             c: UnsafeMutablePointer<Float>, cRowStride: Int,
                             accumulate: Bool, threads: Int) {
        guard m > 0, n > 0 else { return }
        let operands = Operands(a: a, aRowStride: aRowStride, aColStride: aColStride,
                                b: b, bRowStride: bRowStride, bColStride: bColStride,
                                c: c, cRowStride: cRowStride)
        if k <= 0 || alpha == 0 {
            // BLAS semantics: with nothing to add, A and B are not read (so NaNs in them do not leak).
            if !accumulate { operands.zeroC(m: m, n: n) }
            return
        }
        let workers = Swift.min(threads, Threading.maxThreads)
        if workers > 1 && prefersThreads(m: m, n: n, k: k) {
            threaded(m: m, n: n, k: k, alpha: alpha, operands, accumulate: accumulate, workers: workers)
        } else {
            serial(m: m, n: n, k: k, alpha: alpha, operands, accumulate: accumulate)
        }
    }

    /// One thread: an unpacked loop for tiny or thin shapes, the packed kernel otherwise.
    static func serial(m: Int, n: Int, k: Int, alpha: Float, _ ops: Operands, accumulate: Bool) {
        if m * n * k < smallWork {
            direct(m: m, n: n, k: k, alpha: alpha, ops, accumulate: accumulate)
        } else if !skinny(m: m, n: n, k: k, alpha: alpha, ops, accumulate: accumulate) {
            let scratch = GemmScratch.acquire()
            blocked(m: m, n: n, k: k, alpha: alpha, ops, accumulate: accumulate, scratch: scratch)
            GemmScratch.release(scratch)
        }
    }

    /// Splits C into row (or column) slabs along its longer side, each an independent single-threaded product.
    static func threaded(m: Int, n: Int, k: Int, alpha: Float, _ ops: Operands, accumulate: Bool, workers: Int) {
        let splitRows = m >= n
        let slabs = splitRows
            ? Threading.ranges(m, parts: workers, granule: mr)
            : Threading.ranges(n, parts: workers, granule: nr)
        Threading.parallelFor(slabs.count, threads: workers) { index in
            let range = slabs[index]
            if splitRows {
                serial(m: range.count, n: n, k: k, alpha: alpha, ops.rows(from: range.lowerBound), accumulate: accumulate)
            } else {
                serial(m: m, n: range.count, k: k, alpha: alpha, ops.columns(from: range.lowerBound),
                       accumulate: accumulate)
            }
        }
    }
}
