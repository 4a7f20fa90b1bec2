/// Element-wise functions of one operand, each with a SIMD kernel and a Double reference.
public enum UnaryKernel: Int, CaseIterable, Sendable {
    /// −x
    case neg
    /// eˣ
    case exp
    /// ln x (NaN below 0, −inf at 0)
    case log
    /// √x (NaN below 0)
    case sqrt
    /// |x|
    case abs
    /// tanh x
    case tanh
    /// 1/(1+e⁻ˣ)
    case sigmoid
    /// max(x, 0), NaN propagates
    case relu
    /// exact x·Φ(x) = 0.5·x·(1+erf(x/√2)), PyTorch's default GELU
    case gelu
    /// 0.5·x·(1+tanh(√(2/π)(x+0.044715x³))), PyTorch's approximate="tanh"
    case geluTanh
    /// max(x,0) + log1p(e^(−|x|))
    case softplus
    /// min(x,0) − log1p(e^(−|x|))
    case logsigmoid
    /// x²
    case square
    /// 1/x
    case reciprocal
    /// −1, 0 or 1 (NaN stays NaN)
    case sign
    /// x > 0 ? 1 : 0
    case step
}
