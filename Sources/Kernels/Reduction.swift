/// Sum, max and min reductions plus argmax/argmin over contiguous, strided and middle-axis runs.
public enum Reduction {
    typealias Vector = SIMD8<Float>

    /// Leaf size of the pairwise summation: long enough to amortise the recursion, short enough that
    /// each of the 32 lanes adds only ~64 values in sequence.
    static let leaf = 2048

    /// Reduce `count` contiguous values (sum in Float with SIMD multi-accumulator / pairwise summation so 1e6 values stay accurate to ~1e-6 relative)
    public static func reduce(_ op: ReduceKernel, _ x: UnsafePointer<Float>, count: Int) -> Float {
        guard count > 0 else { return identity(op) }
        switch op {
        case .sum: return pairwiseSum(x, count)
        case .max: return extreme(x, count, BinaryLanes.Maximum(), isMax: true)
        case .min: return extreme(x, count, BinaryLanes.Minimum(), isMax: false)
        }
    }

    /// Reduce a strided run: x[0], x[stride], ... (count values)
    public static func reduce(_ op: ReduceKernel, _ x: UnsafePointer<Float>, count: Int, stride: Int) -> Float {
        if stride == 1 { return reduce(op, x, count: count) }
        guard count > 0 else { return identity(op) }
        switch op {
        case .sum: return stridedSum(x, count, stride)
        case .max:
            var m = x[0]
            for i in 1..<count { m = combineMax(m, x[i * stride]) }
            return m
        case .min:
            var m = x[0]
            for i in 1..<count { m = combineMin(m, x[i * stride]) }
            return m
        }
    }

    /// The value of an empty reduction.
    static func identity(_ op: ReduceKernel) -> Float {
        switch op {
        case .sum: return 0
        case .max: return -.infinity
        case .min: return .infinity
        }
    }

    /// NaN-propagating maximum of two scalars (BinaryLanes.Maximum is the vector form).
    @inline(__always)
    static func combineMax(_ a: Float, _ b: Float) -> Float { b > a || b.isNaN ? b : a }

    /// NaN-propagating minimum of two scalars.
    @inline(__always)
    static func combineMin(_ a: Float, _ b: Float) -> Float { b < a || b.isNaN ? b : a }

    /// Recursive halving down to SIMD leaves: rounding error grows with log(count), not count.
    static func pairwiseSum(_ x: UnsafePointer<Float>, _ count: Int) -> Float {
        if count <= leaf { return leafSum(x, count) }
        let half = (count / 2 + 31) & ~31
        return pairwiseSum(x, half) + pairwiseSum(x + half, count - half)
    }

    /// Four SIMD8 accumulators (32 independent lanes) to hide FMA/add latency.
    private static func leafSum(_ x: UnsafePointer<Float>, _ count: Int) -> Float {
        var a0 = Vector(), a1 = Vector(), a2 = Vector(), a3 = Vector()
        var i = 0
        while i + 32 <= count {
            a0 += (x + i).loadVector()
            a1 += (x + i + 8).loadVector()
            a2 += (x + i + 16).loadVector()
            a3 += (x + i + 24).loadVector()
            i += 32
        }
        while i + 8 <= count {
            a0 += (x + i).loadVector()
            i += 8
        }
        let v = (a0 + a1) + (a2 + a3)
        var s = ((v[0] + v[1]) + (v[2] + v[3])) + ((v[4] + v[5]) + (v[6] + v[7]))
        while i < count {
            s += x[i]
            i += 1
        }
        return s
    }

    /// Vector pass with `combine`, then lanes and tail folded with the scalar form of the same NaN-propagating rule.
    private static func extreme<C: LaneZip>(_ x: UnsafePointer<Float>, _ count: Int, _ combine: C,
                                            isMax: Bool) -> Float {
        var m = x[0]
        var i = 1
        if count >= 16 {
            var a0 = x.loadVector(), a1 = (x + 8).loadVector()
            i = 16
            while i + 16 <= count {
                a0 = combine.apply(a0, (x + i).loadVector())
                a1 = combine.apply(a1, (x + i + 8).loadVector())
                i += 16
            }
            let v = combine.apply(a0, a1)
            m = v[0]
            for lane in 1..<8 { m = isMax ? combineMax(m, v[lane]) : combineMin(m, v[lane]) }
        }
        while i < count {
            m = isMax ? combineMax(m, x[i]) : combineMin(m, x[i])
            i += 1
        }
        return m
    }

    private static func stridedSum(_ x: UnsafePointer<Float>, _ count: Int, _ stride: Int) -> Float {
        if count > leaf {
            let half = count / 2
            return stridedSum(x, half, stride) + stridedSum(x + half * stride, count - half, stride)
        }
        // Four scalar chains: strided loads can't vectorise, but the adds can still overlap.
        var s0: Float = 0, s1: Float = 0, s2: Float = 0, s3: Float = 0
        var i = 0
        var p = x
        while i + 4 <= count {
            s0 += p[0]
            s1 += p[stride]
            s2 += p[2 * stride]
            s3 += p[3 * stride]
            p += 4 * stride
            i += 4
        }
        while i < count {
            s0 += p[0]
            p += stride
            i += 1
        }
        return (s0 + s1) + (s2 + s3)
    }
}
