/// The SIMD bodies of the binary kernels, one small struct per op.
enum BinaryLanes {
    typealias Vector = SIMD8<Float>

    struct Add: LaneZip {
        @inline(__always) func apply(_ a: Vector, _ b: Vector) -> Vector { a + b }
    }

    struct Sub: LaneZip {
        @inline(__always) func apply(_ a: Vector, _ b: Vector) -> Vector { a - b }
    }

    struct Mul: LaneZip {
        @inline(__always) func apply(_ a: Vector, _ b: Vector) -> Vector { a * b }
    }

    struct Div: LaneZip {
        @inline(__always) func apply(_ a: Vector, _ b: Vector) -> Vector { a / b }
    }

    struct Pow: LaneZip {
        @inline(__always) func apply(_ a: Vector, _ b: Vector) -> Vector { VectorMath.pow(a, b) }
    }

    /// NaN in either operand wins, as torch.maximum.
    struct Maximum: LaneZip {
        @inline(__always) func apply(_ a: Vector, _ b: Vector) -> Vector {
            a.replacing(with: b, where: (b .> a) .| (b .!= b))
        }
    }

    struct Minimum: LaneZip {
        @inline(__always) func apply(_ a: Vector, _ b: Vector) -> Vector {
            a.replacing(with: b, where: (b .< a) .| (b .!= b))
        }
    }

    struct Equal: LaneZip {
        @inline(__always) func apply(_ a: Vector, _ b: Vector) -> Vector {
            Vector(repeating: 0).replacing(with: 1, where: a .== b)
        }
    }

    struct NotEqual: LaneZip {
        @inline(__always) func apply(_ a: Vector, _ b: Vector) -> Vector {
            Vector(repeating: 0).replacing(with: 1, where: a .!= b)
        }
    }

    struct Less: LaneZip {
        @inline(__always) func apply(_ a: Vector, _ b: Vector) -> Vector {
            Vector(repeating: 0).replacing(with: 1, where: a .< b)
        }
    }

    struct LessEqual: LaneZip {
        @inline(__always) func apply(_ a: Vector, _ b: Vector) -> Vector {
            Vector(repeating: 0).replacing(with: 1, where: a .<= b)
        }
    }

    struct Greater: LaneZip {
        @inline(__always) func apply(_ a: Vector, _ b: Vector) -> Vector {
            Vector(repeating: 0).replacing(with: 1, where: a .> b)
        }
    }

    struct GreaterEqual: LaneZip {
        @inline(__always) func apply(_ a: Vector, _ b: Vector) -> Vector {
            Vector(repeating: 0).replacing(with: 1, where: a .>= b)
        }
    }

    /// y + α·x (axpy), with a = x and b = y.
    struct Axpy: LaneZip {
        let alpha: Vector
        @inline(__always) func apply(_ a: Vector, _ b: Vector) -> Vector { b.addingProduct(alpha, a) }
    }
}
