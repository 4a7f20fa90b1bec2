extension Gemm {
    /// Straightforward triple loop with Double accumulation; the reference the tests compare against.
    public static func sgemmReference(m: Int, n: Int, k: Int, alpha: Float = 1,
                                      a: UnsafePointer<Float>, aRowStride: Int, aColStride: Int,
                                      b: UnsafePointer<Float>, bRowStride: Int, bColStride: Int,
                                      c: UnsafeMutablePointer<Float>, cRowStride: Int,
                                      accumulate: Bool) {
        guard m > 0, n > 0 else { return }
        for i in 0..<m {
            for j in 0..<n {
                var sum = 0.0
                if alpha != 0 {
                    for p in 0..<k {
                        sum += Double(a[i * aRowStride + p * aColStride]) * Double(b[p * bRowStride + j * bColStride])
                    }
                }
                let cij = c + i * cRowStride + j
                let base = accumulate ? Double(cij.pointee) : 0
                cij.pointee = Float(base + Double(alpha) * sum)
            }
        }
    }
}
