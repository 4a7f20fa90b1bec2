/// Layer normalisation over the last axis with a learned scale (init 1) and shift (init 0), eps 1e-5.
public final class LayerNorm: Module {
    /// The scale, shape [dim].
    public let weight: Tensor
    /// The shift, shape [dim], or nil without one.
    public let bias: Tensor?
    /// Added to the variance so constant inputs do not divide by zero.
    public let eps: Float
    /// Size of the normalised (last) axis.
    public var dim: Int { weight.shape[0] }

    /// A new layer over vectors of length `dim`.
    public convenience init(_ dim: Int, eps: Float = 1e-5, bias: Bool = true) throws {
        guard dim > 0 else { throw TensorError("LayerNorm", "dim must be positive, got \(dim)") }
        let w = try ParameterInit.constant(1).makeWeight([dim], fanIn: dim)
        let b = bias ? try ParameterInit.constant(0).makeWeight([dim], fanIn: dim) : nil
        try self.init(weight: w, bias: b, eps: eps)
    }

    /// A layer over existing tensors (shared, not copied).
    public init(weight: Tensor, bias: Tensor?, eps: Float = 1e-5) throws {
        guard weight.rank == 1, bias.map({ $0.shape == weight.shape }) ?? true else {
            throw TensorError("LayerNorm", "weight and bias must be [dim], got \(formatShape(weight.shape)) and \(bias.map { formatShape($0.shape) } ?? "none")")
        }
        guard eps >= 0 else { throw TensorError("LayerNorm", "eps must be non-negative, got \(eps)") }
        self.weight = weight
        self.bias = bias
        self.eps = eps
        super.init()
        attach(parameter: weight, as: "weight")
        if let bias { attach(parameter: bias, as: "bias") }
    }

    /// x [..., dim] → normalised x of the same shape.
    public override func compute(_ x: Tensor) throws -> Tensor {
        guard x.rank >= 1, x.shape[x.rank - 1] == dim else {
            throw TensorError(errorName, "expected input [..., \(dim)], got \(formatShape(x.shape))")
        }
        return try x.layerNorm(weight: weight, bias: bias, eps: eps)
    }

    /// A copy through `context`.
    public override func makeCopy(_ context: ModuleCopyContext) throws -> Module {
        try LayerNorm(weight: context.tensor(weight), bias: context.tensor(bias), eps: eps)
    }
}
