extension UnaryLanes {
    /// d/dx of exact GELU: Φ(x) + x·φ(x). Φ comes from the forward kernel as gelu(x)/x away from 0,
    /// and from its central polynomial near 0, so no separate erf is needed.
    struct GeluDerivative: LaneMap {
        @inline(__always) func apply(_ x: Vector) -> Vector {
            let z = x * x
            var p = Vector(repeating: 0.000109691965917591)
            p = VectorMath.fma(p, z, Vector(repeating: -0.0011860819067806005))
            p = VectorMath.fma(p, z, Vector(repeating: 0.009973445907235146))
            p = VectorMath.fma(p, z, Vector(repeating: -0.06649037450551987))
            p = VectorMath.fma(p, z, Vector(repeating: 0.3989422917366028))
            let centralPhi = VectorMath.fma(x, p, Vector(repeating: 0.5))
            let outerPhi = VectorMath.gelu(x) / x
            let cdf = outerPhi.replacing(with: centralPhi, where: VectorMath.abs(x) .<= 0.5)
            let density = VectorMath.exp(-0.5 * z) * 0.3989422804014327
            let result = VectorMath.fma(x, density, cdf)
            // Past ±10 the density underflows; keep the exact limits (0 and 1) instead of 0·inf.
            return result.replacing(with: 0, where: x .< -10).replacing(with: 1, where: x .> 10)
        }
    }

    /// d/dx of the tanh-approximated GELU.
    struct GeluTanhDerivative: LaneMap {
        @inline(__always) func apply(_ x: Vector) -> Vector {
            let c: Float = 0.7978845608028654, k: Float = 0.044715
            let x2 = x * x
            let t = VectorMath.tanh(c * VectorMath.fma(k * x2, x, x))
            let slope = c * VectorMath.fma(Vector(repeating: 3 * k), x2, Vector(repeating: 1))
            let result = 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * slope
            return result.replacing(with: 0, where: x .< -10).replacing(with: 1, where: x .> 10)
        }
    }
}

extension Elementwise {
    /// y[i] = GELU'(x[i]) (exact, or of the tanh approximation): the backward of the gelu kernels.
    public static func geluDerivative(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, count: Int,
                                      tanhApproximation: Bool) {
        guard count > 0 else { return }
        if tanhApproximation {
            split(count) { offset, n in map(UnaryLanes.GeluTanhDerivative(), x + offset, y + offset, count: n) }
        } else {
            split(count) { offset, n in map(UnaryLanes.GeluDerivative(), x + offset, y + offset, count: n) }
        }
    }
}
