import Kernels

/// Swift operators over tensors, for engine code and tests; they throw on shape mismatch.
extension Tensor {
    /// a + b with broadcasting.
    public static func + (a: Tensor, b: Tensor) throws -> Tensor { try a.apply(.add, b) }
    /// a − b with broadcasting.
    public static func - (a: Tensor, b: Tensor) throws -> Tensor { try a.apply(.sub, b) }
    /// a · b elementwise with broadcasting.
    public static func * (a: Tensor, b: Tensor) throws -> Tensor { try a.apply(.mul, b) }
    /// a / b elementwise with broadcasting.
    public static func / (a: Tensor, b: Tensor) throws -> Tensor { try a.apply(.div, b) }
    /// a + s.
    public static func + (a: Tensor, s: Float) -> Tensor { a.apply(.add, scalar: s) }
    /// a · s.
    public static func * (a: Tensor, s: Float) -> Tensor { a.apply(.mul, scalar: s) }
    /// −a.
    public static prefix func - (a: Tensor) -> Tensor { a.apply(.neg) }

    /// e^x.
    public func exp() -> Tensor { apply(.exp) }
    /// Natural logarithm.
    public func log() -> Tensor { apply(.log) }
    /// Square root.
    public func sqrt() -> Tensor { apply(.sqrt) }
    /// Hyperbolic tangent.
    public func tanh() -> Tensor { apply(.tanh) }
    /// Logistic sigmoid.
    public func sigmoid() -> Tensor { apply(.sigmoid) }
    /// max(x, 0).
    public func relu() -> Tensor { apply(.relu) }
    /// GELU, exact (erf) by default as PyTorch, or the tanh approximation.
    public func gelu(tanhApproximation: Bool = false) -> Tensor { apply(tanhApproximation ? .geluTanh : .gelu) }
    /// log(1 + e^x), stable for large |x|.
    public func softplus() -> Tensor { apply(.softplus) }
    /// log σ(x), stable for large |x|.
    public func logSigmoid() -> Tensor { apply(.logsigmoid) }
    /// |x|.
    public func abs() -> Tensor { apply(.abs) }
}
