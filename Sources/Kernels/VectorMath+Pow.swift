extension VectorMath {
    typealias Wide = SIMD8<Double>

    /// xʸ with C `powf` special cases: the magnitude is 2^(y·log2|x|) evaluated in Double, so the
    /// Float result is correctly rounded in practice (≤ 1 ulp) even when y·log2|x| is large.
    ///
    /// log2 and exp2 are written out inline on purpose: as separate functions the compiler left the
    /// log2 call in place and passed SIMD8<Double> in xmm halves, doubling the cost.
    @inline(__always)
    static func pow(_ x: Vector, _ y: Vector) -> Vector {
        let ax = abs(x)
        let d = Wide(ax)
        // log2|x|: split d = 2ᵉ·m with m in [√½, √2); the biased exponent becomes a Double via the
        // 2⁵² trick (AVX2 has no Int64 → Double conversion).
        let b = unsafeBitCast(d, to: SIMD8<UInt64>.self)
        let twoTo52 = Wide(repeating: 4_503_599_627_370_496)
        var e = unsafeBitCast(((b &>> 52) & 0x7FF) | unsafeBitCast(twoTo52, to: SIMD8<UInt64>.self), to: Wide.self)
            - (twoTo52 + 1023)
        var m = unsafeBitCast((b & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000, to: Wide.self)
        let high = m .> 1.414_213_562_373_095_1
        m = m.replacing(with: m * 0.5, where: high)
        e = e.replacing(with: e + 1, where: high)
        // ln m = 2s·Σ s^(2k)/(2k+1) with s = (m−1)/(m+1) ≤ 0.172: the atanh series to s¹⁵ (next term
        // < 2e-12 relative), in Estrin form because Horner's 8-deep FMA chain was latency-bound.
        let s = (m - 1) / (m + 1)
        let s2 = s * s
        let s4 = s2 * s2
        let l0 = fma(s2, Wide(repeating: 1.0 / 3), 1)
        let l1 = fma(s2, Wide(repeating: 1.0 / 7), 1.0 / 5)
        let l2 = fma(s2, Wide(repeating: 1.0 / 11), 1.0 / 9)
        let l3 = fma(s2, Wide(repeating: 1.0 / 15), 1.0 / 13)
        let series = fma(fma(l3, s4, l2), s4 * s4, fma(l1, s4, l0))
        var log2Ax = e.addingProduct(2 * s * series, Wide(repeating: 1.442_695_040_888_963_4))
        log2Ax = log2Ax.replacing(with: -.infinity, where: d .== 0)
        log2Ax = log2Ax.replacing(with: d, where: (d .== .infinity) .| (d .!= d))

        var t = Wide(y) * log2Ax
        // Beyond ±200 the Float result is already 0 or inf; the clamp keeps 2ⁿ a valid Double (NaN survives).
        t = t.replacing(with: 200, where: t .> 200)
        t = t.replacing(with: -200, where: t .< -200)
        // 2ᵗ = 2ⁿ·e^(g), n = round(t) via the 1.5·2⁵² trick, |g| ≤ 0.347; Taylor to g⁹/9! (next term
        // < 1e-11 relative), Estrin form.
        let magic = Wide(repeating: 6_755_399_441_055_744)
        let shifted = t + magic
        let g = (t - (shifted - magic)) * 0.693_147_180_559_945_3
        let g2 = g * g
        let g4 = g2 * g2
        let e0 = fma(g, Wide(repeating: 1), 1)
        let e1 = fma(g, Wide(repeating: 1.0 / 6), 1.0 / 2)
        let e2 = fma(g, Wide(repeating: 1.0 / 120), 1.0 / 24)
        let e3 = fma(g, Wide(repeating: 1.0 / 5040), 1.0 / 720)
        let e4 = fma(g, Wide(repeating: 1.0 / 362_880), 1.0 / 40320)
        let expG = fma(e4, g4 * g4, fma(fma(e3, g2, e2), g4, fma(e1, g2, e0)))
        let n = unsafeBitCast(shifted, to: SIMD8<Int64>.self) &- unsafeBitCast(magic, to: SIMD8<Int64>.self)
        var r = Vector(expG * unsafeBitCast((n &+ 1023) &<< 52, to: Wide.self))

        // Integral y: odd ones keep x's sign; non-integral y with a negative (finite) base has no real value.
        let integral = y.rounded(.towardZero) .== y
        let odd = integral .& ((0.5 * y).rounded(.towardZero) .!= 0.5 * y)
        // Sign bit (so −0 counts) tested in the float domain: an Int32 `.< 0` here was scalarised lane by lane.
        let negative = copySign(Vector(repeating: 1), x) .< 0
        r = r.replacing(with: -r, where: negative .& odd)
        r = r.replacing(with: .nan, where: (x .< 0) .& (ax .!= .infinity) .& .!integral .& (abs(y) .!= .infinity))
        // pow(x, ±0) = 1 and pow(1, y) = 1 even for NaN; pow(−1, ±inf) = 1.
        let one = (y .== 0) .| (x .== 1) .| ((x .== -1) .& (abs(y) .== .infinity))
        return r.replacing(with: 1, where: one)
    }

    /// a·b + c with one rounding, in Double.
    @inline(__always)
    static func fma(_ a: Wide, _ b: Wide, _ c: Double) -> Wide { Wide(repeating: c).addingProduct(a, b) }

    /// a·b + c with one rounding, in Double.
    @inline(__always)
    static func fma(_ a: Wide, _ b: Wide, _ c: Wide) -> Wide { c.addingProduct(a, b) }
}
