extension Gemm {
    /// C[6×16] = (accumulate ? C : 0) + alpha · Ap·Bp over `kc` packed steps: 12 SIMD8 accumulators, one FMA per vector.
    @inline(__always)
    static func microKernel(kc: Int, _ ap: UnsafePointer<Float>, _ bp: UnsafePointer<Float>,
                            _ c: UnsafeMutablePointer<Float>, ldc: Int, alpha: Float, accumulate: Bool) {
        var c00 = SIMD8<Float>(), c01 = SIMD8<Float>()
        var c10 = SIMD8<Float>(), c11 = SIMD8<Float>()
        var c20 = SIMD8<Float>(), c21 = SIMD8<Float>()
        var c30 = SIMD8<Float>(), c31 = SIMD8<Float>()
        var c40 = SIMD8<Float>(), c41 = SIMD8<Float>()
        var c50 = SIMD8<Float>(), c51 = SIMD8<Float>()
        var a = ap
        var b = bp
        for _ in 0..<kc {
            let b0 = b.loadVector()
            let b1 = (b + 8).loadVector()
            var x = SIMD8<Float>(repeating: a[0])
            c00 = c00.addingProduct(x, b0); c01 = c01.addingProduct(x, b1)
            x = SIMD8<Float>(repeating: a[1])
            c10 = c10.addingProduct(x, b0); c11 = c11.addingProduct(x, b1)
            x = SIMD8<Float>(repeating: a[2])
            c20 = c20.addingProduct(x, b0); c21 = c21.addingProduct(x, b1)
            x = SIMD8<Float>(repeating: a[3])
            c30 = c30.addingProduct(x, b0); c31 = c31.addingProduct(x, b1)
            x = SIMD8<Float>(repeating: a[4])
            c40 = c40.addingProduct(x, b0); c41 = c41.addingProduct(x, b1)
            x = SIMD8<Float>(repeating: a[5])
            c50 = c50.addingProduct(x, b0); c51 = c51.addingProduct(x, b1)
            a += mr
            b += nr
        }
        let scale = SIMD8<Float>(repeating: alpha)
        store(c, c00, c01, scale, accumulate)
        store(c + ldc, c10, c11, scale, accumulate)
        store(c + 2 * ldc, c20, c21, scale, accumulate)
        store(c + 3 * ldc, c30, c31, scale, accumulate)
        store(c + 4 * ldc, c40, c41, scale, accumulate)
        store(c + 5 * ldc, c50, c51, scale, accumulate)
    }

    /// Writes one 16-wide row of a tile; never reads C when overwriting, so garbage (even NaN) in C is ignored.
    @inline(__always)
    private static func store(_ row: UnsafeMutablePointer<Float>, _ lo: SIMD8<Float>, _ hi: SIMD8<Float>,
                              _ scale: SIMD8<Float>, _ accumulate: Bool) {
        if accumulate {
            row.storeVector(row.loadVector().addingProduct(scale, lo))
            (row + 8).storeVector((row + 8).loadVector().addingProduct(scale, hi))
        } else {
            row.storeVector(scale * lo)
            (row + 8).storeVector(scale * hi)
        }
    }
}
