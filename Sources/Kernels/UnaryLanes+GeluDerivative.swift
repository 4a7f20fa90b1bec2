extension UnaryLanes {
    /// d/dx of exact GELU: Φ(x) + x·φ(x). Away from 0, Φ(x) = gelu(x)/x from the forward output,
    /// so the backward needs no erf of its own; near 0 (where that quotient loses accuracy) Φ comes
    /// from the forward kernel's central polynomial.
    @inline(__always)
    static func geluDerivative(_ x: Vector, forward y: Vector) -> Vector {
        let z = x * x
        var p = Vector(repeating: 0.000109691965917591)
        p = VectorMath.fma(p, z, Vector(repeating: -0.0011860819067806005))
        p = VectorMath.fma(p, z, Vector(repeating: 0.009973445907235146))
        p = VectorMath.fma(p, z, Vector(repeating: -0.06649037450551987))
        p = VectorMath.fma(p, z, Vector(repeating: 0.3989422917366028))
        let centralPhi = VectorMath.fma(x, p, Vector(repeating: 0.5))
        let cdf = (y / x).replacing(with: centralPhi, where: VectorMath.abs(x) .<= 0.5)
        let density = VectorMath.exp(-0.5 * z) * 0.3989422804014327
        let result = VectorMath.fma(x, density, cdf)
        // Past ±10 the density underflows; keep the exact limits (0 and 1) instead of 0·inf.
        return result.replacing(with: 0, where: x .< -10).replacing(with: 1, where: x .> 10)
    }

    /// dx = g · GELU'(x), given the forward output y = gelu(x).
    struct GeluBackward: LaneZip3 {
        @inline(__always) func apply(_ x: Vector, _ y: Vector, _ g: Vector) -> Vector {
            g * UnaryLanes.geluDerivative(x, forward: y)
        }
    }

    /// dx = g · GELU'(x) for the tanh approximation (which needs no forward output).
    struct GeluTanhBackward: LaneZip3 {
        @inline(__always) func apply(_ x: Vector, _ y: Vector, _ g: Vector) -> Vector {
            g * GeluTanhDerivative().apply(x)
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
    /// dx[i] = g[i] · GELU'(x[i]) (exact, or of the tanh approximation), fused so the backward of
    /// gelu is one pass; `y` is the forward output gelu(x), which the exact derivative reuses.
    public static func geluBackward(_ x: UnsafePointer<Float>, forward y: UnsafePointer<Float>,
                                    gradient g: UnsafePointer<Float>, into dx: UnsafeMutablePointer<Float>,
                                    count: Int, tanhApproximation: Bool) {
        guard count > 0 else { return }
        split(count) { offset, n in
            if tanhApproximation {
                zip3(UnaryLanes.GeluTanhBackward(), x + offset, y + offset, g + offset, dx + offset, count: n)
            } else {
                zip3(UnaryLanes.GeluBackward(), x + offset, y + offset, g + offset, dx + offset, count: n)
            }
        }
    }
}
