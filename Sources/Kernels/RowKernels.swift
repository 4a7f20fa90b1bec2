#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fused kernels over the last axis of contiguous [rows, n] data: softmax, log-softmax and layer
/// normalisation, forward and backward.
///
/// The composed forms (max, subtract, exp, sum, divide, …) stream every row through memory once
/// per primitive and allocate a tensor each time; here a row is read two or three times while it
/// sits in L1. Sums accumulate in Float lanes, as the composed reductions do.
public enum RowKernels {
    typealias Vector = SIMD8<Float>

    /// Runs `body(firstRow, rowCount)` over all rows, split across worker threads when large.
    static func forRowBlocks(rows: Int, n: Int, _ body: (Int, Int) -> Void) {
        let workers = Threading.maxThreads
        guard rows > 1, rows * n >= Elementwise.parallelThreshold, workers > 1 else {
            body(0, rows)
            return
        }
        let blocks = Threading.ranges(rows, parts: workers, granule: 1)
        Threading.parallelFor(blocks.count, threads: workers) { index in
            body(blocks[index].lowerBound, blocks[index].count)
        }
    }

    /// y = softmax(x) per row; a row of all −inf gives NaN, as exp(x − max) / sum does.
    public static func softmax(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, rows: Int, n: Int) {
        forRowBlocks(rows: rows, n: n) { first, count in
            for r in first..<(first + count) {
                let xr = x + r * n, yr = y + r * n
                let total = expShifted(xr, by: maximum(xr, n), into: yr, n)
                scale(yr, by: 1 / total, n)
            }
        }
    }

    /// Causal softmax of attention scores: rows are (…, query) with `queries` queries per block,
    /// and query q (at position `queryStart` + q) sees keys 0...queryStart + q only; later keys
    /// get probability exactly 0, as adding a −inf mask before `softmax` would give.
    public static func causalSoftmax(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, rows: Int, n: Int,
                                     queries: Int, queryStart: Int) {
        forRowBlocks(rows: rows, n: n) { first, count in
            for r in first..<(first + count) {
                let xr = x + r * n, yr = y + r * n
                let visible = Swift.max(0, Swift.min(n, queryStart + r % Swift.max(queries, 1) + 1))
                (yr + visible).update(repeating: 0, count: n - visible)
                guard visible > 0 else { continue }
                let total = expShifted(xr, by: maximum(xr, visible), into: yr, visible)
                scale(yr, by: 1 / total, visible)
            }
        }
    }

    /// dx = y · (g − Σ g·y) per row, from the softmax output y.
    public static func softmaxBackward(output y: UnsafePointer<Float>, gradient g: UnsafePointer<Float>,
                                       into dx: UnsafeMutablePointer<Float>, rows: Int, n: Int) {
        forRowBlocks(rows: rows, n: n) { first, count in
            for r in first..<(first + count) {
                let yr = y + r * n, gr = g + r * n, dr = dx + r * n
                let shift = Vector(repeating: dot(yr, gr, n))
                transform(yr, gr, dr, n) { yv, gv in yv * (gv - shift) }
            }
        }
    }

    /// y = x − logsumexp(x) per row.
    public static func logSoftmax(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, rows: Int, n: Int) {
        forRowBlocks(rows: rows, n: n) { first, count in
            for r in first..<(first + count) {
                let xr = x + r * n, yr = y + r * n
                var m = maximum(xr, n)
                // An all −inf row would give −inf − (−inf) = NaN; shift it by 0 (as logsumexp does).
                if m == -.infinity { m = 0 }
                let lse = Vector(repeating: m + Float(log(Double(expShifted(xr, by: m, into: nil, n)))))
                transform(xr, xr, yr, n) { xv, _ in xv - lse }
            }
        }
    }

    /// dx = g − exp(y) · Σ g per row, from the log-softmax output y.
    public static func logSoftmaxBackward(output y: UnsafePointer<Float>, gradient g: UnsafePointer<Float>,
                                          into dx: UnsafeMutablePointer<Float>, rows: Int, n: Int) {
        forRowBlocks(rows: rows, n: n) { first, count in
            for r in first..<(first + count) {
                let yr = y + r * n, gr = g + r * n, dr = dx + r * n
                let total = Vector(repeating: sum(gr, n))
                transform(yr, gr, dr, n) { yv, gv in gv - VectorMath.exp(yv) * total }
            }
        }
    }

    /// y = (x − mean) / sqrt(var + eps) per row (biased variance), with 1/sqrt(var + eps) per row in `rstd`.
    public static func layerNorm(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>,
                                 rstd: UnsafeMutablePointer<Float>, rows: Int, n: Int, eps: Float) {
        forRowBlocks(rows: rows, n: n) { first, count in
            for r in first..<(first + count) {
                let xr = x + r * n, yr = y + r * n
                let mean = Vector(repeating: sum(xr, n) / Float(n))
                transform(xr, xr, yr, n) { xv, _ in xv - mean }
                let variance = dot(yr, yr, n) / Float(n)
                let inverse = 1 / (variance + eps).squareRoot()
                rstd[r] = inverse
                scale(yr, by: inverse, n)
            }
        }
    }

    /// dx = rstd · (g − mean(g) − y · mean(g·y)) per row, from the normalised output y and `rstd`.
    public static func layerNormBackward(output y: UnsafePointer<Float>, rstd: UnsafePointer<Float>,
                                         gradient g: UnsafePointer<Float>, into dx: UnsafeMutablePointer<Float>,
                                         rows: Int, n: Int) {
        forRowBlocks(rows: rows, n: n) { first, count in
            for r in first..<(first + count) {
                let yr = y + r * n, gr = g + r * n, dr = dx + r * n
                let meanG = Vector(repeating: sum(gr, n) / Float(n))
                let meanGY = Vector(repeating: dot(gr, yr, n) / Float(n))
                let s = Vector(repeating: rstd[r])
                transform(yr, gr, dr, n) { yv, gv in s * (gv - meanG - yv * meanGY) }
            }
        }
    }
}

extension RowKernels {
    /// Lanes 0..<count set, the rest clear: masks the zero-padded tail out of reductions.
    @inline(__always)
    static func tailMask(_ count: Int) -> SIMDMask<SIMD8<Int32>> {
        SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7) .< SIMD8<Int32>(repeating: Int32(count))
    }

    @inline(__always)
    static func maximum(_ p: UnsafePointer<Float>, _ n: Int) -> Float {
        // Blends rather than the stdlib's pointwiseMax and max(), which stayed generic calls here.
        var m = Vector(repeating: -.infinity)
        var i = 0
        while i + 8 <= n {
            let v = (p + i).loadVector()
            m = m.replacing(with: v, where: v .> m)
            i += 8
        }
        var result = m[0]
        for lane in 1..<8 where m[lane] > result { result = m[lane] }
        while i < n { if p[i] > result { result = p[i] }; i += 1 }
        return result
    }

    @inline(__always)
    static func sum(_ p: UnsafePointer<Float>, _ n: Int) -> Float {
        var s = Vector()
        var i = 0
        while i + 8 <= n { s += (p + i).loadVector(); i += 8 }
        if i < n { s += Elementwise.loadPartial(p + i, n - i) }
        return Gemm.horizontalSum(s)
    }

    @inline(__always)
    static func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ n: Int) -> Float {
        var s = Vector()
        var i = 0
        while i + 8 <= n { s = s.addingProduct((a + i).loadVector(), (b + i).loadVector()); i += 8 }
        if i < n { s = s.addingProduct(Elementwise.loadPartial(a + i, n - i), Elementwise.loadPartial(b + i, n - i)) }
        return Gemm.horizontalSum(s)
    }

    /// Σ exp(p − shift), also storing each term into `out` when given.
    @inline(__always)
    static func expShifted(_ p: UnsafePointer<Float>, by shift: Float, into out: UnsafeMutablePointer<Float>?,
                           _ n: Int) -> Float {
        let m = Vector(repeating: shift)
        var s = Vector()
        var i = 0
        while i + 8 <= n {
            let e = VectorMath.exp((p + i).loadVector() - m)
            out.map { ($0 + i).storeVector(e) }
            s += e
            i += 8
        }
        if i < n {
            let e = VectorMath.exp(Elementwise.loadPartial(p + i, n - i) - m)
            if let out { Elementwise.storePartial(e, out + i, n - i) }
            s += e.replacing(with: 0, where: .!tailMask(n - i))
        }
        return Gemm.horizontalSum(s)
    }

    @inline(__always)
    static func scale(_ p: UnsafeMutablePointer<Float>, by factor: Float, _ n: Int) {
        let f = Vector(repeating: factor)
        var i = 0
        while i + 8 <= n { (p + i).storeVector((p + i).loadVector() * f); i += 8 }
        while i < n { p[i] *= factor; i += 1 }
    }

    /// out = f(a, b) lane-wise along one row (`out` may alias `a` or `b`).
    @inline(__always)
    static func transform(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>,
                          _ n: Int, _ f: (Vector, Vector) -> Vector) {
        var i = 0
        while i + 8 <= n { (out + i).storeVector(f((a + i).loadVector(), (b + i).loadVector())); i += 8 }
        if i < n {
            Elementwise.storePartial(f(Elementwise.loadPartial(a + i, n - i), Elementwise.loadPartial(b + i, n - i)),
                                     out + i, n - i)
        }
    }
}
