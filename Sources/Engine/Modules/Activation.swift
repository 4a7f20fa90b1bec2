/// The elementwise non-linearities layers can be built with.
public enum Activation: String, Sendable, CaseIterable {
    /// max(x, 0).
    case relu
    /// Exact (erf) GELU, PyTorch's `nn.GELU()` default.
    case gelu
    /// GELU's tanh approximation (GPT-2's `gelu_new`).
    case geluTanh = "gelu_tanh"
    /// Hyperbolic tangent.
    case tanh
    /// Logistic sigmoid.
    case sigmoid

    /// Applies the non-linearity.
    public func apply(_ x: Tensor) -> Tensor {
        switch self {
        case .relu: return x.relu()
        case .gelu: return x.gelu()
        case .geluTanh: return x.gelu(tanhApproximation: true)
        case .tanh: return x.tanh()
        case .sigmoid: return x.sigmoid()
        }
    }
}
