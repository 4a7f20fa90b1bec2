/// How a layer fills a freshly created parameter, drawing from the shared seeded `RandomGenerator`.
public enum ParameterInit: Sendable, Equatable {
    /// PyTorch's `nn.Linear` default: weight and bias uniform in ±1/√fan_in.
    case pytorchDefault
    /// Weight normal(0, std), bias zero (nanoGPT's scheme uses std 0.02).
    case normal(std: Float)
    /// Every element set to a constant (LayerNorm's weight 1 and bias 0, or zero-initialised heads).
    case constant(Float)

    /// A new parameter tensor of `shape` (requiring grad) filled as `self` says for a layer with `fanIn` inputs.
    func makeWeight(_ shape: [Int], fanIn: Int) throws -> Tensor {
        let t: Tensor
        switch self {
        case .pytorchDefault:
            let bound = 1 / Double(Swift.max(fanIn, 1)).squareRoot()
            t = try Tensor.rand(shape, low: -bound, high: bound)
        case .normal(let std):
            t = try Tensor.randn(shape)
            ParameterTree.update(t) { $0 * std }
        case .constant(let v):
            try Shape.validate(shape, operation: "init")
            t = Tensor.full(shape, v)
        }
        t.requiresGrad = true
        return t
    }

    /// A new bias tensor of `shape`: uniform for the PyTorch default, zeros for a normal init.
    func makeBias(_ shape: [Int], fanIn: Int) throws -> Tensor {
        switch self {
        case .pytorchDefault, .constant: return try makeWeight(shape, fanIn: fanIn)
        case .normal: return try ParameterInit.constant(0).makeWeight(shape, fanIn: fanIn)
        }
    }
}
