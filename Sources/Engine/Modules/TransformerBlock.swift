/// A pre-LayerNorm transformer block: x + attn(ln1(x)), then x + mlp(ln2(x)).
public final class TransformerBlock: Module {
    /// Norm before attention.
    public let ln1: LayerNorm
    /// Causal self-attention.
    public let attn: CausalSelfAttention
    /// Norm before the feed-forward block.
    public let ln2: LayerNorm
    /// The feed-forward block.
    public let mlp: MLP

    /// A new block of width `dModel`, `heads` heads and an MLP hidden size of `mlpHidden`.
    public convenience init(_ dModel: Int, heads: Int, mlpHidden: Int, dropout p: Float = 0, bias: Bool = true,
                            activation: Activation = .gelu, initialization: ParameterInit = .pytorchDefault,
                            projInitialization: ParameterInit? = nil) throws {
        try self.init(ln1: LayerNorm(dModel, bias: bias),
                      attn: CausalSelfAttention(dModel, heads: heads, dropout: p, bias: bias,
                                                initialization: initialization, projInitialization: projInitialization),
                      ln2: LayerNorm(dModel, bias: bias),
                      mlp: MLP(dModel, hidden: mlpHidden, activation: activation, dropout: p,
                               initialization: initialization, projInitialization: projInitialization))
    }

    /// A block from existing parts (all of width D).
    public init(ln1: LayerNorm, attn: CausalSelfAttention, ln2: LayerNorm, mlp: MLP) throws {
        let d = attn.dModel
        guard ln1.dim == d, ln2.dim == d, mlp.fc.inFeatures == d, mlp.proj.outFeatures == d else {
            throw TensorError("TransformerBlock", "parts disagree on the width \(d): ln1 \(ln1.dim), ln2 \(ln2.dim), mlp \(mlp.fc.inFeatures)→\(mlp.proj.outFeatures)")
        }
        self.ln1 = ln1; self.attn = attn; self.ln2 = ln2; self.mlp = mlp
        super.init()
        try adopt(ln1, as: "ln1")
        try adopt(attn, as: "attn")
        try adopt(ln2, as: "ln2")
        try adopt(mlp, as: "mlp")
    }

    /// x [B, T, D] → [B, T, D].
    public override func compute(_ x: Tensor) throws -> Tensor {
        let h = try x.apply(.add, attn.forward(ln1.forward(x)))
        return try h.apply(.add, mlp.forward(ln2.forward(h)))
    }

    /// The incremental step for sampling (see `CausalSelfAttention.computeCached`).
    func computeCached(_ x: Tensor, keyBuffer: Tensor, valueBuffer: Tensor, start: Int) throws -> Tensor {
        try scoped {
            let a = try attn.scoped {
                try attn.computeCached(ln1.forward(x), keyBuffer: keyBuffer, valueBuffer: valueBuffer, start: start)
            }
            let h = try x.apply(.add, a)
            return try h.apply(.add, mlp.forward(ln2.forward(h)))
        }
    }

    /// A copy through `context`.
    public override func makeCopy(_ context: ModuleCopyContext) throws -> Module {
        try TransformerBlock(ln1: context.module(ln1), attn: context.module(attn), ln2: context.module(ln2),
                             mlp: context.module(mlp))
    }
}
