extension Reduction {
    /// Four SIMD8 lanes of partial results for a 32-column strip.
    private struct Strip {
        var v0, v1, v2, v3: Vector
    }

    /// Rows per leaf of the pairwise recursion over the reduced axis.
    private static let middleLeaf = 128

    /// For a [outer, n, inner] contiguous block, out[o, i] = reduce over n of x[o, j, i] (vectorised over inner, the common "reduce a middle axis" case)
    public static func reduceMiddle(_ op: ReduceKernel, _ x: UnsafePointer<Float>, outer: Int, n: Int, inner: Int,
                                    _ out: UnsafeMutablePointer<Float>) {
        guard outer > 0, inner > 0 else { return }
        guard n > 0 else {
            out.update(repeating: identity(op), count: outer * inner)
            return
        }
        if inner == 1 {
            for o in 0..<outer { out[o] = reduce(op, x + o * n, count: n) }
            return
        }
        switch op {
        case .sum: middle(x, outer: outer, n: n, inner: inner, out, BinaryLanes.Add())
        case .max: middle(x, outer: outer, n: n, inner: inner, out, BinaryLanes.Maximum())
        case .min: middle(x, outer: outer, n: n, inner: inner, out, BinaryLanes.Minimum())
        }
    }

    private static func middle<C: LaneZip>(_ x: UnsafePointer<Float>, outer: Int, n: Int, inner: Int,
                                           _ out: UnsafeMutablePointer<Float>, _ combine: C) {
        // Columns are independent, so splitting them across workers (at strip boundaries) gives
        // bit-identical results at any thread count.
        let workers = Threading.maxThreads
        let split = workers > 1 && inner >= 64 && outer * n * inner >= Elementwise.parallelThreshold
        let ranges = split ? Threading.ranges(inner, parts: workers, granule: 32) : [0..<inner]
        for o in 0..<outer {
            let block = x + o * n * inner
            let dst = out + o * inner
            Threading.parallelFor(ranges.count, threads: workers) { index in
                columns(ranges[index], block, n: n, inner: inner, dst, combine)
            }
        }
    }

    /// Reduces the columns in `range` of one [n, inner] block: 32-wide strips, then 8-wide columns.
    private static func columns<C: LaneZip>(_ range: Range<Int>, _ block: UnsafePointer<Float>, n: Int, inner: Int,
                                            _ dst: UnsafeMutablePointer<Float>, _ combine: C) {
        var i = range.lowerBound
        while i + 32 <= range.upperBound {
            let s = strip(block + i, rows: n, stride: inner, combine)
            (dst + i).storeVector(s.v0)
            (dst + i + 8).storeVector(s.v1)
            (dst + i + 16).storeVector(s.v2)
            (dst + i + 24).storeVector(s.v3)
            i += 32
        }
        while i < range.upperBound {
            let lanes = Swift.min(8, range.upperBound - i)
            let v = column(block + i, lanes: lanes, rows: n, stride: inner, combine)
            if lanes == 8 {
                (dst + i).storeVector(v)
            } else {
                Elementwise.storePartial(v, dst + i, lanes)
            }
            i += 8
        }
    }

    /// Reduces `rows` rows of a 32-wide strip, halving recursively so sums stay accurate for long axes.
    private static func strip<C: LaneZip>(_ x: UnsafePointer<Float>, rows: Int, stride: Int, _ combine: C) -> Strip {
        if rows > middleLeaf {
            let half = rows / 2
            let a = strip(x, rows: half, stride: stride, combine)
            let b = strip(x + half * stride, rows: rows - half, stride: stride, combine)
            return Strip(v0: combine.apply(a.v0, b.v0), v1: combine.apply(a.v1, b.v1),
                         v2: combine.apply(a.v2, b.v2), v3: combine.apply(a.v3, b.v3))
        }
        var s = Strip(v0: x.loadVector(), v1: (x + 8).loadVector(), v2: (x + 16).loadVector(), v3: (x + 24).loadVector())
        var p = x + stride
        for _ in 1..<rows {
            s.v0 = combine.apply(s.v0, p.loadVector())
            s.v1 = combine.apply(s.v1, (p + 8).loadVector())
            s.v2 = combine.apply(s.v2, (p + 16).loadVector())
            s.v3 = combine.apply(s.v3, (p + 24).loadVector())
            p += stride
        }
        return s
    }

    /// One vector of up to 8 columns (the last may be partial, padded lanes are ignored by the caller).
    private static func column<C: LaneZip>(_ x: UnsafePointer<Float>, lanes: Int, rows: Int, stride: Int,
                                           _ combine: C) -> Vector {
        if rows > middleLeaf {
            let half = rows / 2
            return combine.apply(column(x, lanes: lanes, rows: half, stride: stride, combine),
                           column(x + half * stride, lanes: lanes, rows: rows - half, stride: stride, combine))
        }
        var p = x + stride
        if lanes == 8 {
            var v = x.loadVector()
            for _ in 1..<rows {
                v = combine.apply(v, p.loadVector())
                p += stride
            }
            return v
        }
        var v = Elementwise.loadPartial(x, lanes)
        for _ in 1..<rows {
            v = combine.apply(v, Elementwise.loadPartial(p, lanes))
            p += stride
        }
        return v
    }
}
