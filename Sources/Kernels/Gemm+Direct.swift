extension Gemm {
    /// Unpacked product for tiny shapes, where packing and pool traffic would dominate.
    static func direct(m: Int, n: Int, k: Int, alpha: Float, _ ops: Operands, accumulate: Bool) {
        if ops.bColStride == 1 {
            directRowsOfB(m: m, n: n, k: k, alpha: alpha, ops, accumulate: accumulate)
            return
        }
        // Strided B columns: copy B row-major into scratch first (k·n ≤ smallWork floats), so the
        // vector loop below applies; per-element dot products would end in slow horizontal sums.
        let scratch = GemmScratch.acquire()
        scratch.reserve(a: 0, b: k * n)
        let dense = scratch.packedB
        for p in 0..<k {
            for j in 0..<n { dense[p * n + j] = ops.b[p * ops.bRowStride + j * ops.bColStride] }
        }
        let rowMajor = Operands(a: ops.a, aRowStride: ops.aRowStride, aColStride: ops.aColStride,
                                b: UnsafePointer(dense), bRowStride: n, bColStride: 1,
                                c: ops.c, cRowStride: ops.cRowStride)
        directRowsOfB(m: m, n: n, k: k, alpha: alpha, rowMajor, accumulate: accumulate)
        GemmScratch.release(scratch)
    }

    /// B rows are contiguous: broadcast A[i,p] against B[p, j..<j+16], accumulating C tiles in registers.
    /// Four rows share each B load (8 accumulators), so thin products stream B once per four rows.
    static func directRowsOfB(m: Int, n: Int, k: Int, alpha: Float, _ ops: Operands, accumulate: Bool) {
        var i = 0
        while i + 4 <= m {
            fourRowsOfB(row: i, n: n, k: k, alpha: alpha, ops, accumulate: accumulate)
            i += 4
        }
        while i < m {
            oneRowOfB(row: i, n: n, k: k, alpha: alpha, ops, accumulate: accumulate)
            i += 1
        }
    }

    private static func fourRowsOfB(row i: Int, n: Int, k: Int, alpha: Float, _ ops: Operands, accumulate: Bool) {
        let scale = SIMD8<Float>(repeating: alpha)
        let lda = ops.aRowStride, acs = ops.aColStride, ldc = ops.cRowStride
        let a0 = ops.a + i * lda
        let c0 = ops.c + i * ldc
        var j = 0
        while j + 16 <= n {
            var r00 = SIMD8<Float>(), r01 = SIMD8<Float>(), r10 = SIMD8<Float>(), r11 = SIMD8<Float>()
            var r20 = SIMD8<Float>(), r21 = SIMD8<Float>(), r30 = SIMD8<Float>(), r31 = SIMD8<Float>()
            var bp = ops.b + j
            var ap = a0
            for _ in 0..<k {
                let b0 = bp.loadVector(), b1 = (bp + 8).loadVector()
                var x = SIMD8<Float>(repeating: ap[0])
                r00 = r00.addingProduct(x, b0); r01 = r01.addingProduct(x, b1)
                x = SIMD8<Float>(repeating: ap[lda])
                r10 = r10.addingProduct(x, b0); r11 = r11.addingProduct(x, b1)
                x = SIMD8<Float>(repeating: ap[2 * lda])
                r20 = r20.addingProduct(x, b0); r21 = r21.addingProduct(x, b1)
                x = SIMD8<Float>(repeating: ap[3 * lda])
                r30 = r30.addingProduct(x, b0); r31 = r31.addingProduct(x, b1)
                bp += ops.bRowStride
                ap += acs
            }
            writeVector(c0 + j, scale * r00, accumulate); writeVector(c0 + j + 8, scale * r01, accumulate)
            writeVector(c0 + ldc + j, scale * r10, accumulate); writeVector(c0 + ldc + j + 8, scale * r11, accumulate)
            writeVector(c0 + 2 * ldc + j, scale * r20, accumulate)
            writeVector(c0 + 2 * ldc + j + 8, scale * r21, accumulate)
            writeVector(c0 + 3 * ldc + j, scale * r30, accumulate)
            writeVector(c0 + 3 * ldc + j + 8, scale * r31, accumulate)
            j += 16
        }
        // Leftover columns (< 16) are few; the single-row loop handles them per row.
        if j < n {
            for r in 0..<4 {
                oneRowOfB(row: i + r, n: n, k: k, alpha: alpha, ops, accumulate: accumulate, fromColumn: j)
            }
        }
    }

    private static func oneRowOfB(row i: Int, n: Int, k: Int, alpha: Float, _ ops: Operands, accumulate: Bool,
                                  fromColumn start: Int = 0) {
        let scale = SIMD8<Float>(repeating: alpha)
        let aRow = ops.a + i * ops.aRowStride
        let cRow = ops.c + i * ops.cRowStride
        var j = start
        // 64 columns at a time: eight independent FMA chains and four full cache lines of B per step,
        // so a lone row (a GEMV) is not bound by FMA latency or by one outstanding miss.
        while j + 64 <= n {
            var acc = (SIMD8<Float>(), SIMD8<Float>(), SIMD8<Float>(), SIMD8<Float>(),
                       SIMD8<Float>(), SIMD8<Float>(), SIMD8<Float>(), SIMD8<Float>())
            var bp = ops.b + j
            var ap = aRow
            for _ in 0..<k {
                let x = SIMD8<Float>(repeating: ap.pointee)
                acc.0 = acc.0.addingProduct(x, bp.loadVector())
                acc.1 = acc.1.addingProduct(x, (bp + 8).loadVector())
                acc.2 = acc.2.addingProduct(x, (bp + 16).loadVector())
                acc.3 = acc.3.addingProduct(x, (bp + 24).loadVector())
                acc.4 = acc.4.addingProduct(x, (bp + 32).loadVector())
                acc.5 = acc.5.addingProduct(x, (bp + 40).loadVector())
                acc.6 = acc.6.addingProduct(x, (bp + 48).loadVector())
                acc.7 = acc.7.addingProduct(x, (bp + 56).loadVector())
                bp += ops.bRowStride
                ap += ops.aColStride
            }
            writeVector(cRow + j, scale * acc.0, accumulate)
            writeVector(cRow + j + 8, scale * acc.1, accumulate)
            writeVector(cRow + j + 16, scale * acc.2, accumulate)
            writeVector(cRow + j + 24, scale * acc.3, accumulate)
            writeVector(cRow + j + 32, scale * acc.4, accumulate)
            writeVector(cRow + j + 40, scale * acc.5, accumulate)
            writeVector(cRow + j + 48, scale * acc.6, accumulate)
            writeVector(cRow + j + 56, scale * acc.7, accumulate)
            j += 64
        }
        while j + 16 <= n {
            var acc0 = SIMD8<Float>(), acc1 = SIMD8<Float>()
            var bp = ops.b + j
            var ap = aRow
            for _ in 0..<k {
                let x = SIMD8<Float>(repeating: ap.pointee)
                acc0 = acc0.addingProduct(x, bp.loadVector())
                acc1 = acc1.addingProduct(x, (bp + 8).loadVector())
                bp += ops.bRowStride
                ap += ops.aColStride
            }
            writeVector(cRow + j, scale * acc0, accumulate)
            writeVector(cRow + j + 8, scale * acc1, accumulate)
            j += 16
        }
        while j + 8 <= n {
            var acc = SIMD8<Float>()
            var bp = ops.b + j
            var ap = aRow
            for _ in 0..<k {
                acc = acc.addingProduct(SIMD8<Float>(repeating: ap.pointee), bp.loadVector())
                bp += ops.bRowStride
                ap += ops.aColStride
            }
            writeVector(cRow + j, scale * acc, accumulate)
            j += 8
        }
        while j < n {
            var sum: Float = 0
            for p in 0..<k {
                sum = sum.addingProduct(aRow[p * ops.aColStride], ops.b[p * ops.bRowStride + j])
            }
            write(cRow + j, alpha * sum, accumulate)
            j += 1
        }
    }

    @inline(__always)
    private static func write(_ c: UnsafeMutablePointer<Float>, _ value: Float, _ accumulate: Bool) {
        c.pointee = accumulate ? c.pointee + value : value
    }

    @inline(__always)
    private static func writeVector(_ c: UnsafeMutablePointer<Float>, _ value: SIMD8<Float>, _ accumulate: Bool) {
        c.storeVector(accumulate ? c.loadVector() + value : value)
    }
}
