extension Gemm {
    /// Copies an mc×kc block of A into mr-row micro-panels (p-major, mr floats per step), zero-padding the last panel.
    static func packA(mc: Int, kc: Int, _ a: UnsafePointer<Float>, rowStride rs: Int, colStride cs: Int,
                      into dst: UnsafeMutablePointer<Float>) {
        var out = dst
        var i = 0
        while i < mc {
            let rows = Swift.min(mr, mc - i)
            let src = a + i * rs
            if rows == mr && cs == 1 {
                // Row-major A: six sequential streams, one per row.
                let r0 = src, r1 = src + rs, r2 = src + 2 * rs
                let r3 = src + 3 * rs, r4 = src + 4 * rs, r5 = src + 5 * rs
                for p in 0..<kc {
                    out[0] = r0[p]; out[1] = r1[p]; out[2] = r2[p]
                    out[3] = r3[p]; out[4] = r4[p]; out[5] = r5[p]
                    out += mr
                }
            } else if rows == mr && rs == 1 {
                // Column-major (transposed) A: each step is already six contiguous floats.
                var column = src
                for _ in 0..<kc {
                    out[0] = column[0]; out[1] = column[1]; out[2] = column[2]
                    out[3] = column[3]; out[4] = column[4]; out[5] = column[5]
                    out += mr
                    column += cs
                }
            } else {
                for p in 0..<kc {
                    for r in 0..<rows { out[r] = src[r * rs + p * cs] }
                    for r in rows..<mr { out[r] = 0 }
                    out += mr
                }
            }
            i += mr
        }
    }

    /// Copies a kc×nc block of B into nr-column micro-panels (p-major, nr floats per step), zero-padding the last panel.
    static func packB(kc: Int, nc: Int, _ b: UnsafePointer<Float>, rowStride rs: Int, colStride cs: Int,
                      into dst: UnsafeMutablePointer<Float>) {
        var out = dst
        var j = 0
        while j < nc {
            let cols = Swift.min(nr, nc - j)
            let src = b + j * cs
            if cols == nr && cs == 1 {
                var row = src
                for _ in 0..<kc {
                    out.storeVector(row.loadVector())
                    (out + 8).storeVector((row + 8).loadVector())
                    out += nr
                    row += rs
                }
            } else if cols == nr && rs == 1 {
                // Transposed B: read each column sequentially and scatter it into the panel.
                for col in 0..<nr {
                    let column = src + col * cs
                    for p in 0..<kc { out[p * nr + col] = column[p] }
                }
                out += nr * kc
            } else {
                for p in 0..<kc {
                    for col in 0..<cols { out[col] = src[p * rs + col * cs] }
                    for col in cols..<nr { out[col] = 0 }
                    out += nr
                }
            }
            j += nr
        }
    }
}
