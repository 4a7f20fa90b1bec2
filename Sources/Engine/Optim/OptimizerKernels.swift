import Kernels

/// Fused in-place update loops over raw Float32 pointers, eight lanes at a time.
///
/// Each element goes through the same SIMD8 arithmetic, including the tail (loaded into a
/// zero-padded vector), so a value never depends on its position and results are deterministic.
/// The arithmetic mirrors PyTorch's CPU kernels operation by operation, as measured against
/// torch 2.13: `add(alpha:)` and `lerp` are fused multiply-adds (`vec::fmadd`), `addcmul` is
/// `fma(value·a, b, self)` (GCC contracts it), `addcdiv` is `self + (value·a)/b` without fusion.
/// SGD and Adam then agree with torch bit for bit; the one known difference is that PyTorch's
/// vectorised `sqrt` is off by one ulp for about 17% of inputs while `squareRoot()` is correctly
/// rounded, which shows in RMSprop (a few ulps) and in Adam with weight decay.
enum OptimizerKernels {
    typealias V = SIMD8<Float>

    /// Scalars of one Adam/AdamW update, converted to Float exactly where PyTorch converts them.
    struct AdamScalars {
        var oneMinusBeta1: Float
        var beta2: Float
        var oneMinusBeta2: Float
        /// L2 weight decay added to the gradient (Adam); 0 for none.
        var l2: Float
        /// Multiplier `1 − lr·wd` applied to the parameter first (AdamW); 1 for none.
        var decay: Float
        var negStepSize: Float
        var biasCorrection2Sqrt: Float
        var eps: Float
    }

    @inline(__always)
    static func load(_ p: UnsafePointer<Float>, _ i: Int, _ lanes: Int) -> V {
        if lanes == 8 { return UnsafeRawPointer(p + i).loadUnaligned(as: V.self) }
        var v = V(repeating: 0)
        for k in 0..<lanes { v[k] = p[i + k] }
        return v
    }

    @inline(__always)
    static func store(_ v: V, _ p: UnsafeMutablePointer<Float>, _ i: Int, _ lanes: Int) {
        if lanes == 8 { UnsafeMutableRawPointer(p + i).storeBytes(of: v, as: V.self); return }
        for k in 0..<lanes { p[i + k] = v[k] }
    }

    /// Runs `body(i, lanes)` over `count` elements in blocks of eight (the last block may be shorter).
    /// The full blocks call `body` with a literal 8 so, once inlined, their loads are plain vector loads.
    @inline(__always)
    static func blocks(_ count: Int, _ body: (Int, Int) -> Void) {
        var i = 0
        while i + 8 <= count {
            body(i, 8)
            i += 8
        }
        if i < count { body(i, count - i) }
    }

    /// One Adam or AdamW step for one parameter: updates `p`, `m` (exp_avg) and `v` (exp_avg_sq) in place.
    static func adam(_ p: UnsafeMutablePointer<Float>, _ g: UnsafePointer<Float>, _ m: UnsafeMutablePointer<Float>,
                     _ v: UnsafeMutablePointer<Float>, count: Int, _ s: AdamScalars) {
        // Every element updates independently, so splitting across threads changes no result.
        Elementwise.split(count) { offset, n in
            adamSerial(p + offset, g + offset, m + offset, v + offset, count: n, s)
        }
    }

    private static func adamSerial(_ p: UnsafeMutablePointer<Float>, _ g: UnsafePointer<Float>,
                                   _ m: UnsafeMutablePointer<Float>, _ v: UnsafeMutablePointer<Float>,
                                   count: Int, _ s: AdamScalars) {
        let w = V(repeating: s.oneMinusBeta1), b2 = V(repeating: s.beta2), omb2 = V(repeating: s.oneMinusBeta2)
        let l2 = V(repeating: s.l2), decay = V(repeating: s.decay), nss = V(repeating: s.negStepSize)
        let bc2 = V(repeating: s.biasCorrection2Sqrt), eps = V(repeating: s.eps)
        let useL2 = s.l2 != 0, useDecay = s.decay != 1
        blocks(count) { i, lanes in
            var pv = load(p, i, lanes), gv = load(g, i, lanes)
            var mv = load(m, i, lanes), vv = load(v, i, lanes)
            if useL2 { gv = gv.addingProduct(pv, l2) }
            if useDecay { pv = pv * decay }
            mv = mv.addingProduct(w, gv - mv)
            vv = vv * b2
            vv = vv.addingProduct(omb2 * gv, gv)
            let denom = vv.squareRoot() / bc2 + eps
            pv = pv + nss * mv / denom
            store(pv, p, i, lanes)
            store(mv, m, i, lanes)
            store(vv, v, i, lanes)
        }
    }

    /// One SGD step for one parameter. `buffer` is the momentum buffer (nil without momentum);
    /// `firstStep` copies the gradient into it as PyTorch does instead of decaying zeros.
    static func sgd(_ p: UnsafeMutablePointer<Float>, _ g: UnsafePointer<Float>, buffer: UnsafeMutablePointer<Float>?,
                    count: Int, negLR: Float, weightDecay: Float, momentum: Float, oneMinusDampening: Float,
                    nesterov: Bool, firstStep: Bool) {
        let nlr = V(repeating: negLR), wd = V(repeating: weightDecay)
        let mom = V(repeating: momentum), omd = V(repeating: oneMinusDampening)
        blocks(count) { i, lanes in
            var pv = load(p, i, lanes), gv = load(g, i, lanes)
            if weightDecay != 0 { gv = gv.addingProduct(pv, wd) }
            if let buffer {
                var bv: V
                if firstStep {
                    bv = gv
                } else {
                    bv = load(buffer, i, lanes) * mom
                    bv = bv.addingProduct(gv, omd)
                }
                store(bv, buffer, i, lanes)
                gv = nesterov ? gv.addingProduct(bv, mom) : bv
            }
            pv = pv.addingProduct(gv, nlr)
            store(pv, p, i, lanes)
        }
    }

    /// Scalars of one RMSprop update.
    struct RMSpropScalars {
        var alpha: Float
        var oneMinusAlpha: Float
        var eps: Float
        var weightDecay: Float
        var momentum: Float
        var negLR: Float
    }

    /// One RMSprop step for one parameter; `gradAvg` is present when centred, `buffer` with momentum.
    static func rmsprop(_ p: UnsafeMutablePointer<Float>, _ g: UnsafePointer<Float>, squareAvg: UnsafeMutablePointer<Float>,
                        gradAvg: UnsafeMutablePointer<Float>?, buffer: UnsafeMutablePointer<Float>?,
                        count: Int, _ s: RMSpropScalars) {
        let alpha = V(repeating: s.alpha), oma = V(repeating: s.oneMinusAlpha), eps = V(repeating: s.eps)
        let wd = V(repeating: s.weightDecay), mom = V(repeating: s.momentum), nlr = V(repeating: s.negLR)
        let minusOne = V(repeating: -1), one = V(repeating: 1)
        blocks(count) { i, lanes in
            var pv = load(p, i, lanes), gv = load(g, i, lanes)
            if s.weightDecay != 0 { gv = gv.addingProduct(pv, wd) }
            var sq = load(squareAvg, i, lanes) * alpha
            sq = sq.addingProduct(oma * gv, gv)
            store(sq, squareAvg, i, lanes)
            var avg: V
            if let gradAvg {
                var ga = load(gradAvg, i, lanes)
                ga = ga.addingProduct(oma, gv - ga)
                store(ga, gradAvg, i, lanes)
                avg = sq.addingProduct(minusOne * ga, ga).squareRoot()
            } else {
                avg = sq.squareRoot()
            }
            avg = avg + eps
            if let buffer {
                var bv = load(buffer, i, lanes) * mom
                bv = bv + one * gv / avg
                store(bv, buffer, i, lanes)
                pv = pv.addingProduct(bv, nlr)
            } else {
                pv = pv + nlr * gv / avg
            }
            store(pv, p, i, lanes)
        }
    }

    /// Elements per independently summed chunk of a long sum of squares.
    private static let sumChunk = 1 << 16

    /// Sum of squares in Double (gradient norms are accumulated in Double so the clip is stable).
    ///
    /// Long inputs are summed in fixed chunks, in parallel, and the chunk sums added in order: the
    /// chunking does not depend on the thread count, so neither does the result.
    static func sumOfSquares(_ x: UnsafePointer<Float>, count: Int) -> Double {
        guard count > sumChunk else { return sumOfSquaresSerial(x, count: count) }
        let chunks = (count + sumChunk - 1) / sumChunk
        var partials = [Double](repeating: 0, count: chunks)
        partials.withUnsafeMutableBufferPointer { sums in
            Threading.parallelFor(chunks, threads: Threading.maxThreads) { c in
                let start = c * sumChunk
                sums[c] = sumOfSquaresSerial(x + start, count: Swift.min(sumChunk, count - start))
            }
        }
        return partials.reduce(0, +)
    }

    private static func sumOfSquaresSerial(_ x: UnsafePointer<Float>, count: Int) -> Double {
        // Two independent SIMD4<Double> accumulators let the loop pipeline; the order is fixed, so
        // the result is deterministic.
        var low = SIMD4<Double>(), high = SIMD4<Double>()
        var i = 0
        while i + 8 <= count {
            let v = UnsafeRawPointer(x + i).loadUnaligned(as: V.self)
            let a = SIMD4<Double>(v.lowHalf), b = SIMD4<Double>(v.highHalf)
            low = low.addingProduct(a, a)
            high = high.addingProduct(b, b)
            i += 8
        }
        let lanes = low + high
        var total = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3])
        while i < count { let d = Double(x[i]); total += d * d; i += 1 }
        return total
    }

    /// Multiplies `count` elements by `factor` in place.
    static func scale(_ x: UnsafeMutablePointer<Float>, count: Int, by factor: Float) {
        let f = V(repeating: factor)
        blocks(count) { i, lanes in store(load(x, i, lanes) * f, x, i, lanes) }
    }
}
