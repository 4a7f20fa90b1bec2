extension Gemm {
    /// Products with at most this many rows (or columns) skip packing: the packed operand would be
    /// copied for only a few uses, e.g. a 1×512 · 512×512 product spent 5× its arithmetic packing B.
    static let skinnyLimit = 8

    /// Runs a thin product (few rows or few columns) without packing; false when no unpacked kernel fits the layout.
    static func skinny(m: Int, n: Int, k: Int, alpha: Float, _ ops: Operands, accumulate: Bool) -> Bool {
        if m <= skinnyLimit {
            if ops.bColStride == 1 {
                directRowsOfB(m: m, n: n, k: k, alpha: alpha, ops, accumulate: accumulate)
                return true
            }
            if ops.aColStride == 1 && ops.bRowStride == 1 {
                dots(m: m, n: n, k: k, alpha: alpha, ops.a, lda: ops.aRowStride, ops.b, ldb: ops.bColStride,
                     ops.c, ldc: ops.cRowStride, accumulate: accumulate)
                return true
            }
        }
        // The column copy lives on in the scratch pool, so cap it (4 MB); longer ones use the packed path.
        if n <= skinnyLimit && ops.aColStride == 1 && k * n <= 1 << 20 {
            // Copy the thin B (k×n) as n contiguous columns, then every C entry is a dot of two contiguous runs.
            let scratch = GemmScratch.acquire()
            scratch.reserve(a: 0, b: k * n)
            let columns = scratch.packedB
            for j in 0..<n {
                for p in 0..<k { columns[j * k + p] = ops.b[p * ops.bRowStride + j * ops.bColStride] }
            }
            dots(m: m, n: n, k: k, alpha: alpha, ops.a, lda: ops.aRowStride, UnsafePointer(columns), ldb: k,
                 ops.c, ldc: ops.cRowStride, accumulate: accumulate)
            GemmScratch.release(scratch)
            return true
        }
        return false
    }

    /// C[i, j] = alpha · dot(A row i, B column j) with both runs contiguous over k; four columns share each A load.
    static func dots(m: Int, n: Int, k: Int, alpha: Float, _ a: UnsafePointer<Float>, lda: Int,
                     _ b: UnsafePointer<Float>, ldb: Int, _ c: UnsafeMutablePointer<Float>, ldc: Int,
                     accumulate: Bool) {
        for i in 0..<m {
            let aRow = a + i * lda
            let cRow = c + i * ldc
            var j = 0
            while j + 4 <= n {
                let b0 = b + j * ldb, b1 = b0 + ldb, b2 = b1 + ldb, b3 = b2 + ldb
                var s0 = SIMD8<Float>(), s1 = SIMD8<Float>(), s2 = SIMD8<Float>(), s3 = SIMD8<Float>()
                var p = 0
                while p + 8 <= k {
                    let x = (aRow + p).loadVector()
                    s0 = s0.addingProduct(x, (b0 + p).loadVector())
                    s1 = s1.addingProduct(x, (b1 + p).loadVector())
                    s2 = s2.addingProduct(x, (b2 + p).loadVector())
                    s3 = s3.addingProduct(x, (b3 + p).loadVector())
                    p += 8
                }
                var t0 = horizontalSum(s0), t1 = horizontalSum(s1), t2 = horizontalSum(s2), t3 = horizontalSum(s3)
                while p < k {
                    let x = aRow[p]
                    t0 = t0.addingProduct(x, b0[p])
                    t1 = t1.addingProduct(x, b1[p])
                    t2 = t2.addingProduct(x, b2[p])
                    t3 = t3.addingProduct(x, b3[p])
                    p += 1
                }
                writeScalar(cRow + j, alpha * t0, accumulate)
                writeScalar(cRow + j + 1, alpha * t1, accumulate)
                writeScalar(cRow + j + 2, alpha * t2, accumulate)
                writeScalar(cRow + j + 3, alpha * t3, accumulate)
                j += 4
            }
            while j < n {
                let bCol = b + j * ldb
                var s = SIMD8<Float>()
                var p = 0
                while p + 8 <= k {
                    s = s.addingProduct((aRow + p).loadVector(), (bCol + p).loadVector())
                    p += 8
                }
                var t = horizontalSum(s)
                while p < k {
                    t = t.addingProduct(aRow[p], bCol[p])
                    p += 1
                }
                writeScalar(cRow + j, alpha * t, accumulate)
                j += 1
            }
        }
    }

    /// Lane sum by halving (vextractf128 + adds); the generic `sum()` folds lane by lane.
    @inline(__always)
    static func horizontalSum(_ v: SIMD8<Float>) -> Float {
        let quad = v.lowHalf + v.highHalf
        let pair = quad.lowHalf + quad.highHalf
        return pair[0] + pair[1]
    }

    @inline(__always)
    static func writeScalar(_ c: UnsafeMutablePointer<Float>, _ value: Float, _ accumulate: Bool) {
        c.pointee = accumulate ? c.pointee + value : value
    }
}
