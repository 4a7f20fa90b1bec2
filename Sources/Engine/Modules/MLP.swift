/// The transformer feed-forward block: Linear (`fc`) → activation → Linear (`proj`) → optional dropout.
public final class MLP: Module {
    /// The expanding projection, [hidden, in].
    public let fc: Linear
    /// The contracting projection, [out, hidden].
    public let proj: Linear
    /// The non-linearity between them (GELU by default).
    public let activation: Activation
    /// Dropout after `proj`, present when its probability is positive.
    public let dropout: Dropout?

    /// A new block `inFeatures → hidden → outFeatures` (out defaults to in); `initialization` applies
    /// to `fc` and `projInitialization` (default: the same) to `proj`.
    public convenience init(_ inFeatures: Int, hidden: Int, out: Int? = nil, activation: Activation = .gelu,
                            dropout p: Float = 0, initialization: ParameterInit = .pytorchDefault,
                            projInitialization: ParameterInit? = nil) throws {
        let fc = try Linear(inFeatures, hidden, initialization: initialization)
        let proj = try Linear(hidden, out ?? inFeatures, initialization: projInitialization ?? initialization)
        try self.init(fc: fc, proj: proj, activation: activation, dropout: p > 0 ? Dropout(p) : nil)
    }

    /// A block from existing layers (fc's output size must be proj's input size).
    public init(fc: Linear, proj: Linear, activation: Activation = .gelu, dropout: Dropout? = nil) throws {
        guard fc.outFeatures == proj.inFeatures else {
            throw TensorError("MLP", "fc produces \(fc.outFeatures) features but proj expects \(proj.inFeatures)")
        }
        self.fc = fc
        self.proj = proj
        self.activation = activation
        self.dropout = dropout
        super.init()
        try adopt(fc, as: "fc")
        try adopt(proj, as: "proj")
        if let dropout { try adopt(dropout, as: "dropout") }
    }

    /// x [..., in] → [..., out].
    public override func compute(_ x: Tensor) throws -> Tensor {
        let h = try proj.forward(activation.apply(fc.forward(x)))
        return try dropout?.forward(h) ?? h
    }

    /// A copy through `context`.
    public override func makeCopy(_ context: ModuleCopyContext) throws -> Module {
        try MLP(fc: context.module(fc), proj: context.module(proj), activation: activation,
                dropout: dropout.map { try context.module($0) })
    }
}
