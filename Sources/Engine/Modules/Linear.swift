/// A fully connected layer y = x·Wᵀ + b, with W stored [out, in] as PyTorch stores it,
/// so checkpoints interoperate without transposes.
public final class Linear: Module {
    /// The weight, shape [outFeatures, inFeatures].
    public let weight: Tensor
    /// The bias, shape [outFeatures], or nil for a layer without bias.
    public let bias: Tensor?
    /// Size of the last axis of the input.
    public var inFeatures: Int { weight.shape[1] }
    /// Size of the last axis of the output.
    public var outFeatures: Int { weight.shape[0] }

    /// A new layer initialised as PyTorch's `nn.Linear` (uniform ±1/√in) unless `initialization` says otherwise.
    public convenience init(_ inFeatures: Int, _ outFeatures: Int, bias: Bool = true,
                            initialization: ParameterInit = .pytorchDefault) throws {
        guard inFeatures > 0, outFeatures > 0 else {
            throw TensorError("Linear", "sizes must be positive, got in \(inFeatures), out \(outFeatures)")
        }
        let w = try initialization.makeWeight([outFeatures, inFeatures], fanIn: inFeatures)
        let b = bias ? try initialization.makeBias([outFeatures], fanIn: inFeatures) : nil
        try self.init(weight: w, bias: b)
    }

    /// A layer over existing tensors (weight [out, in], bias [out]); tensors are shared, not copied,
    /// which is how weight tying and functional calls work.
    public init(weight: Tensor, bias: Tensor?) throws {
        guard weight.rank == 2 else {
            throw TensorError("Linear", "weight must be [out, in], got \(formatShape(weight.shape))")
        }
        if let bias, bias.shape != [weight.shape[0]] {
            throw TensorError("Linear", "bias must be [\(weight.shape[0])] for weight \(formatShape(weight.shape)), got \(formatShape(bias.shape))")
        }
        self.weight = weight
        self.bias = bias
        super.init()
        attach(parameter: weight, as: "weight")
        if let bias { attach(parameter: bias, as: "bias") }
    }

    /// x [..., in] → [..., out]; Wᵀ is a transposed view, so the product reads W in place.
    public override func compute(_ x: Tensor) throws -> Tensor {
        guard x.rank >= 1, x.shape[x.rank - 1] == inFeatures else {
            throw TensorError(errorName, "expected input [..., \(inFeatures)], got \(formatShape(x.shape))")
        }
        guard let bias else { return try x.matmul(weight.transpose()) }
        return try Tensor.linear(x, weight: weight, bias: bias)
    }

    /// x·(sW)ᵀ + s·b: the layer's output times `s`, with the scale applied to the small weight and
    /// bias rather than to the large output (whose backward would also reduce a gradient for the
    /// constant `s` over every output element). Scoped and recorded like `forward`.
    func forward(_ x: Tensor, scaledBy s: Float) throws -> Tensor {
        guard x.rank >= 1, x.shape[x.rank - 1] == inFeatures else {
            throw TensorError(errorName, "expected input [..., \(inFeatures)], got \(formatShape(x.shape))")
        }
        let out = try scoped {
            let scaledWeight = weight.apply(.mul, scalar: s)
            guard let bias else { return try x.matmul(scaledWeight.transpose()) }
            return try Tensor.linear(x, weight: scaledWeight, bias: bias.apply(.mul, scalar: s))
        }
        ShapeRecorder.current?.record(self, out.shape)
        return out
    }

    /// A copy sharing tensors through `context` (so a tied weight stays tied).
    public override func makeCopy(_ context: ModuleCopyContext) throws -> Module {
        try Linear(weight: context.tensor(weight), bias: context.tensor(bias))
    }
}
