/// Vectorised transcendental functions on SIMD8<Float>; every lane is computed branch-free and blended.
///
/// exp and log follow Cephes (range reduction + minimax polynomial); the Gaussian pieces for GELU
/// were fitted for this file (relative error ≲ 3e-8 before float rounding).
enum VectorMath {
    typealias Vector = SIMD8<Float>
    typealias Bits = SIMD8<UInt32>
    typealias Ints = SIMD8<Int32>

    @inline(__always)
    static func bits(_ v: Vector) -> Bits { unsafeBitCast(v, to: Bits.self) }

    @inline(__always)
    static func float(_ b: Bits) -> Vector { unsafeBitCast(b, to: Vector.self) }

    @inline(__always)
    static func float(_ i: Ints) -> Vector { unsafeBitCast(i, to: Vector.self) }

    /// a·b + c with one rounding (vfmadd).
    @inline(__always)
    static func fma(_ a: Vector, _ b: Vector, _ c: Vector) -> Vector { c.addingProduct(a, b) }

    /// |v| by clearing the sign bit.
    @inline(__always)
    static func abs(_ v: Vector) -> Vector { float(bits(v) & 0x7FFF_FFFF) }

    /// Magnitude of `magnitude` with the sign of `sign`.
    @inline(__always)
    static func copySign(_ magnitude: Vector, _ sign: Vector) -> Vector {
        float((bits(magnitude) & 0x7FFF_FFFF) | (bits(sign) & 0x8000_0000))
    }

    /// Lane-wise √v; negative lanes become NaN. Written per lane because SIMD's squareRoot() calls sqrtf lane by lane.
    @inline(__always)
    static func sqrt(_ v: Vector) -> Vector {
        var r = v
        for i in 0..<8 { r[i] = (v[i] >= 0 ? v[i] : Float.nan).squareRoot() }
        return r
    }

    /// eˣ: overflows to +inf above ~88.72, gradual underflow through the denormals, NaN propagates.
    @inline(__always)
    static func exp(_ x: Vector) -> Vector {
        // Clamp so 2ⁿ below stays representable as two normal factors; NaN fails both tests and survives.
        var x = x.replacing(with: 89, where: x .> 89)
        x = x.replacing(with: -104, where: x .< -104)
        // Round x·log2(e) to nearest with the 1.5·2²³ trick: the integer lands in the low mantissa bits.
        let magic = Vector(repeating: 12_582_912)
        let shifted = fma(x, Vector(repeating: 1.442_695_04), magic)
        let n = shifted - magic
        // r = x - n·ln2 in two pieces (Cephes C1 has few bits so n·C1 is exact).
        var r = fma(n, Vector(repeating: -0.693_359_375), x)
        r = fma(n, Vector(repeating: 2.121_944_40e-4), r)
        var p = Vector(repeating: 1.987_569_150_0e-4)
        p = fma(p, r, Vector(repeating: 1.398_199_950_7e-3))
        p = fma(p, r, Vector(repeating: 8.333_451_907_3e-3))
        p = fma(p, r, Vector(repeating: 4.166_579_589_4e-2))
        p = fma(p, r, Vector(repeating: 1.666_666_545_9e-1))
        p = fma(p, r, Vector(repeating: 5.000_000_120_1e-1))
        let y = fma(p, r * r, r) + 1
        // 2ⁿ as two factors 2^(n/2)·2^(n-n/2) so results in the denormal range round only once.
        let ni = unsafeBitCast(bits(shifted) &- bits(magic), to: Ints.self)
        let n1 = ni &>> 1
        let n2 = ni &- n1
        let s1 = float((n1 &+ 127) &<< 23)
        let s2 = float((n2 &+ 127) &<< 23)
        return y * s1 * s2
    }

    /// Natural log: −inf at ±0, NaN below 0, +inf at +inf, exact handling of denormal inputs.
    @inline(__always)
    static func log(_ x0: Vector) -> Vector {
        // Denormals: scale into the normal range first and compensate in the exponent.
        let tiny = x0 .< Float.leastNormalMagnitude
        let x = x0.replacing(with: x0 * 8_388_608, where: tiny)
        let bias = Vector(repeating: 0).replacing(with: -23, where: tiny)
        var r = logNormal(x, exponentBias: bias)
        r = r.replacing(with: .nan, where: x0 .< 0)
        r = r.replacing(with: -.infinity, where: x0 .== 0)
        return r.replacing(with: x0, where: (x0 .== .infinity) .| (x0 .!= x0))
    }

    /// Cephes logf core for positive, normal, finite x, plus `exponentBias`·ln2 folded into the exact
    /// exponent term. No special cases, so callers that know their range (softplus) stay small enough
    /// for the inliner.
    @inline(__always)
    static func logNormal(_ x: Vector, exponentBias: Vector = Vector()) -> Vector {
        let xb = bits(x)
        // Mantissa in [0.5, 1); fold to [√½, √2) so the polynomial argument stays in [-0.29, 0.41].
        var m = float((xb & 0x807F_FFFF) | 0x3F00_0000)
        let low = m .< 0.707_106_781_186_547_524
        let exponent = Vector(unsafeBitCast((xb &>> 23) & 0xFF, to: Ints.self) &- 126)
        let ef = exponent + exponentBias - Vector(repeating: 0).replacing(with: 1, where: low)
        m = (m - 1) + Vector(repeating: 0).replacing(with: m, where: low)
        let z = m * m
        var p = Vector(repeating: 7.037_683_629_2e-2)
        p = fma(p, m, Vector(repeating: -1.151_461_031_0e-1))
        p = fma(p, m, Vector(repeating: 1.167_699_874_0e-1))
        p = fma(p, m, Vector(repeating: -1.242_014_084_6e-1))
        p = fma(p, m, Vector(repeating: 1.424_932_278_7e-1))
        p = fma(p, m, Vector(repeating: -1.666_805_766_5e-1))
        p = fma(p, m, Vector(repeating: 2.000_071_476_5e-1))
        p = fma(p, m, Vector(repeating: -2.499_999_399_3e-1))
        p = fma(p, m, Vector(repeating: 3.333_333_117_4e-1))
        var y = p * m * z
        y = fma(ef, Vector(repeating: -2.121_944_40e-4), y)
        y = fma(z, Vector(repeating: -0.5), y)
        let r = m + y
        return fma(ef, Vector(repeating: 0.693_359_375), r)
    }

    /// tanh: odd polynomial below 0.625, 1 − 2/(e²ˣ+1) above (Cephes tanhf).
    @inline(__always)
    static func tanh(_ x: Vector) -> Vector {
        let ax = abs(x)
        let z = x * x
        var p = Vector(repeating: -5.704_988_727_45e-3)
        p = fma(p, z, Vector(repeating: 2.063_908_879_54e-2))
        p = fma(p, z, Vector(repeating: -5.373_971_555_31e-2))
        p = fma(p, z, Vector(repeating: 1.333_144_220_36e-1))
        p = fma(p, z, Vector(repeating: -3.333_328_194_22e-1))
        let small = fma(x * z, p, x)
        let e = exp(ax + ax)
        let large = copySign(1 - 2 / (e + 1), x)
        return large.replacing(with: small, where: ax .< 0.625)
    }

    /// 1/(1+e⁻ˣ) written with e^(−|x|) so neither side overflows and tiny results keep relative accuracy.
    @inline(__always)
    static func sigmoid(_ x: Vector) -> Vector {
        let e = exp(-abs(x))
        let numerator = e.replacing(with: 1, where: x .>= 0)
        return numerator / (1 + e)
    }

    /// max(x,0) + log1p(e^(−|x|)), with log1p(y) = log(u)·y/(u−1), u = 1+y, which cancels the rounding of u.
    /// log1p is written out here rather than as a helper: nested, the helper was left as a call.
    @inline(__always)
    static func softplus(_ x: Vector) -> Vector {
        let positive = x.replacing(with: 0, where: x .< 0)
        let y = exp(-abs(x))
        let u = 1 + y
        let d = u - 1
        // u is in [1, 2] (or NaN), so the special-case-free log core suffices.
        let log1p = (logNormal(u) * (y / d.replacing(with: 1, where: d .== 0))).replacing(with: y, where: d .== 0)
        return positive + log1p
    }

    /// min(x,0) − log1p(e^(−|x|)), which is exactly −softplus(−x).
    @inline(__always)
    static func logSigmoid(_ x: Vector) -> Vector { -softplus(-x) }

    /// x·σ(2u), u = √(2/π)(x + 0.044715x³): the same value as 0.5x(1+tanh u) without cancellation for x ≪ 0.
    @inline(__always)
    static func geluTanh(_ x: Vector) -> Vector {
        let inner = fma(x * x, Vector(repeating: 0.044_715), Vector(repeating: 1)) * x
        return x * sigmoid(inner * 1.595_769_121_605_730_7)
    }
}
