extension Gemm {
    /// Single-threaded packed product (BLIS loop order: jc → pc → ic → jr → ir).
    static func blocked(m: Int, n: Int, k: Int, alpha: Float, _ ops: Operands, accumulate: Bool,
                        scratch: GemmScratch) {
        // Even block sizes avoid a thin last block (k = 300 becomes 150 + 150, not 256 + 44).
        let kc = evenBlock(k, limit: kcMax, granule: 8)
        let mc = evenBlock(m, limit: mcMax, granule: mr)
        let nc = evenBlock(n, limit: ncMax, granule: nr)
        scratch.reserve(a: roundUp(mc, mr) * kc, b: roundUp(nc, nr) * kc)
        let packedA = scratch.packedA
        let packedB = scratch.packedB
        var jc = 0
        while jc < n {
            let ncCur = Swift.min(nc, n - jc)
            var pc = 0
            while pc < k {
                let kcCur = Swift.min(kc, k - pc)
                packB(kc: kcCur, nc: ncCur, ops.b + pc * ops.bRowStride + jc * ops.bColStride,
                      rowStride: ops.bRowStride, colStride: ops.bColStride, into: packedB)
                // Only the first depth block may overwrite C; later ones add to it.
                let add = accumulate || pc > 0
                var ic = 0
                while ic < m {
                    let mcCur = Swift.min(mc, m - ic)
                    packA(mc: mcCur, kc: kcCur, ops.a + ic * ops.aRowStride + pc * ops.aColStride,
                          rowStride: ops.aRowStride, colStride: ops.aColStride, into: packedA)
                    macroKernel(mc: mcCur, nc: ncCur, kc: kcCur, packedA, UnsafePointer(packedB),
                                ops.c + ic * ops.cRowStride + jc, ldc: ops.cRowStride,
                                alpha: alpha, accumulate: add, tile: scratch.tile)
                    ic += mcCur
                }
                pc += kcCur
            }
            jc += ncCur
        }
    }

    /// Runs the micro-kernel over every tile of one packed A block × packed B block.
    static func macroKernel(mc: Int, nc: Int, kc: Int, _ packedA: UnsafeMutablePointer<Float>,
                            _ packedB: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>, ldc: Int,
                            alpha: Float, accumulate: Bool, tile: UnsafeMutablePointer<Float>) {
        var jr = 0
        while jr < nc {
            let cols = Swift.min(nr, nc - jr)
            let bp = packedB + jr * kc
            var ir = 0
            while ir < mc {
                let rows = Swift.min(mr, mc - ir)
                let ap = UnsafePointer(packedA + ir * kc)
                let cTile = c + ir * ldc + jr
                if rows == mr && cols == nr {
                    microKernel(kc: kc, ap, bp, cTile, ldc: ldc, alpha: alpha, accumulate: accumulate)
                } else {
                    // Edge tile: compute the full padded tile aside, then merge only the valid part.
                    microKernel(kc: kc, ap, bp, tile, ldc: nr, alpha: alpha, accumulate: false)
                    for i in 0..<rows {
                        let dst = cTile + i * ldc
                        let src = tile + i * nr
                        if accumulate {
                            for j in 0..<cols { dst[j] += src[j] }
                        } else {
                            for j in 0..<cols { dst[j] = src[j] }
                        }
                    }
                }
                ir += mr
            }
            jr += nr
        }
    }

    /// Splits `total` into equal blocks no larger than `limit`, rounded up to `granule`.
    static func evenBlock(_ total: Int, limit: Int, granule: Int) -> Int {
        let blocks = (total + limit - 1) / limit
        return Swift.min(limit, roundUp((total + blocks - 1) / blocks, granule))
    }

    /// Smallest multiple of `granule` that is ≥ `value`.
    static func roundUp(_ value: Int, _ granule: Int) -> Int {
        (value + granule - 1) / granule * granule
    }
}
