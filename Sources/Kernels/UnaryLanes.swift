/// The SIMD bodies of the unary kernels, one small struct per op.
enum UnaryLanes {
    typealias Vector = SIMD8<Float>

    struct Neg: LaneMap {
        @inline(__always) func apply(_ x: Vector) -> Vector { -x }
    }

    struct Exp: LaneMap {
        @inline(__always) func apply(_ x: Vector) -> Vector { VectorMath.exp(x) }
    }

    struct Log: LaneMap {
        @inline(__always) func apply(_ x: Vector) -> Vector { VectorMath.log(x) }
    }

    struct Sqrt: LaneMap {
        @inline(__always) func apply(_ x: Vector) -> Vector { VectorMath.sqrt(x) }
    }

    struct Abs: LaneMap {
        @inline(__always) func apply(_ x: Vector) -> Vector { VectorMath.abs(x) }
    }

    struct Tanh: LaneMap {
        @inline(__always) func apply(_ x: Vector) -> Vector { VectorMath.tanh(x) }
    }

    struct Sigmoid: LaneMap {
        @inline(__always) func apply(_ x: Vector) -> Vector { VectorMath.sigmoid(x) }
    }

    /// max(x, 0) written as a select so NaN passes through.
    struct Relu: LaneMap {
        @inline(__always) func apply(_ x: Vector) -> Vector { x.replacing(with: 0, where: x .<= 0) }
    }

    struct Gelu: LaneMap {
        @inline(__always) func apply(_ x: Vector) -> Vector { VectorMath.gelu(x) }
    }

    /// x·σ(2u) gives −inf·0 at −inf; the limit is 0.
    struct GeluTanh: LaneMap {
        @inline(__always) func apply(_ x: Vector) -> Vector {
            VectorMath.geluTanh(x).replacing(with: 0, where: x .== -.infinity)
        }
    }

    struct Softplus: LaneMap {
        @inline(__always) func apply(_ x: Vector) -> Vector { VectorMath.softplus(x) }
    }

    struct LogSigmoid: LaneMap {
        @inline(__always) func apply(_ x: Vector) -> Vector { VectorMath.logSigmoid(x) }
    }

    struct Square: LaneMap {
        @inline(__always) func apply(_ x: Vector) -> Vector { x * x }
    }

    struct Reciprocal: LaneMap {
        @inline(__always) func apply(_ x: Vector) -> Vector { 1 / x }
    }

    struct Sign: LaneMap {
        @inline(__always) func apply(_ x: Vector) -> Vector {
            Vector(repeating: 0).replacing(with: 1, where: x .> 0).replacing(with: -1, where: x .< 0)
                .replacing(with: x, where: x .!= x)
        }
    }

    struct Step: LaneMap {
        @inline(__always) func apply(_ x: Vector) -> Vector { Vector(repeating: 0).replacing(with: 1, where: x .> 0) }
    }

    /// Clamp with NaN passing through (comparisons with NaN are false).
    struct Clamp: LaneMap {
        let low: Vector
        let high: Vector
        @inline(__always) func apply(_ x: Vector) -> Vector {
            x.replacing(with: low, where: x .< low).replacing(with: high, where: x .> high)
        }
    }

    /// xᵖ for a fixed exponent.
    struct PowScalar: LaneMap {
        let exponent: Vector
        @inline(__always) func apply(_ x: Vector) -> Vector { VectorMath.pow(x, exponent) }
    }

    /// x^½ with powf's answers at −0 (+0) and −inf (+inf), where √ differs.
    struct PowHalf: LaneMap {
        @inline(__always) func apply(_ x: Vector) -> Vector {
            (VectorMath.sqrt(x) + 0).replacing(with: .infinity, where: x .== -.infinity)
        }
    }

}
