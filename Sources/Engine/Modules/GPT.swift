/// A GPT-style decoder-only language model: token + learned position embeddings, N pre-LN blocks,
/// a final LayerNorm and an LM head (optionally tied to the token table), plus an optional value head.
///
/// Initialisation follows nanoGPT: every Linear and Embedding weight normal(0, 0.02), biases zero,
/// LayerNorm weight 1, and the two residual projections of each block (`attn.proj`, `mlp.proj`)
/// normal(0, 0.02/√(2·layers)) so the residual stream's variance does not grow with depth.
public final class GPT: Module {
    /// The configuration the model was built with (`valueHead` tracks `addValueHead()`).
    public private(set) var config: GPTConfig
    /// Token table [vocab, D] (`tok_emb`).
    public let tokenEmbedding: Embedding
    /// Position table [context, D] (`pos_emb`).
    public let positionEmbedding: Embedding
    /// Dropout after the embedding sum, when configured (`drop`).
    public let embeddingDropout: Dropout?
    /// The transformer blocks (`blocks.0`, `blocks.1`, ...).
    public let blocks: Sequential
    /// The final LayerNorm (`ln_f`).
    public let finalNorm: LayerNorm
    /// The LM head [vocab, D] without bias (`lm_head`); shares its weight with `tokenEmbedding` when tied.
    public let lmHead: Linear
    /// The scalar value head [1, D] (`value_head`), when present.
    public private(set) var valueHead: Linear?
    /// The blocks, typed.
    public let blockList: [TransformerBlock]

    /// A freshly initialised model (draws from the shared seeded generator).
    public convenience init(_ config: GPTConfig) throws {
        try config.validate()
        let d = config.dModel
        let normal = ParameterInit.normal(std: 0.02)
        let residual = ParameterInit.normal(std: 0.02 / Float(2 * Swift.max(config.layers, 1)).squareRoot())
        let tok = try Embedding(config.vocabSize, d, std: 0.02)
        let pos = try Embedding(config.contextLength, d, std: 0.02)
        let blocks = try (0..<config.layers).map { _ in
            try TransformerBlock(d, heads: config.heads, mlpHidden: config.mlpHidden, dropout: config.dropout,
                                 bias: config.bias, activation: config.activation,
                                 initialization: normal, projInitialization: residual)
        }
        let norm = try LayerNorm(d, bias: config.bias)
        let head = config.tieWeights ? try Linear(weight: tok.weight, bias: nil)
                                     : try Linear(d, config.vocabSize, bias: false, initialization: normal)
        let value = config.valueHead ? try Linear(d, 1, initialization: normal) : nil
        try self.init(config: config, tokenEmbedding: tok, positionEmbedding: pos, blocks: blocks,
                      finalNorm: norm, lmHead: head, valueHead: value)
    }

    /// A model from existing parts (used by copies); shapes must agree with `config`.
    public init(config: GPTConfig, tokenEmbedding: Embedding, positionEmbedding: Embedding, blocks: [TransformerBlock],
                finalNorm: LayerNorm, lmHead: Linear, valueHead: Linear?) throws {
        try config.validate()
        let d = config.dModel
        var config = config
        config.valueHead = valueHead != nil
        config.tieWeights = lmHead.weight === tokenEmbedding.weight
        guard tokenEmbedding.weight.shape == [config.vocabSize, d], positionEmbedding.weight.shape == [config.contextLength, d],
              blocks.count == config.layers, blocks.allSatisfy({ $0.attn.dModel == d && $0.attn.heads == config.heads }),
              finalNorm.dim == d, lmHead.weight.shape == [config.vocabSize, d],
              valueHead.map({ $0.weight.shape == [1, d] }) ?? true else {
            throw TensorError("GPT", "parts do not match the configuration (vocab \(config.vocabSize), context \(config.contextLength), dModel \(d), heads \(config.heads), layers \(config.layers))")
        }
        self.config = config
        self.tokenEmbedding = tokenEmbedding
        self.positionEmbedding = positionEmbedding
        self.embeddingDropout = config.dropout > 0 ? try Dropout(config.dropout) : nil
        self.blocks = try Sequential(blocks)
        self.blockList = blocks
        self.finalNorm = finalNorm
        self.lmHead = lmHead
        self.valueHead = valueHead
        super.init()
        try adopt(tokenEmbedding, as: "tok_emb")
        try adopt(positionEmbedding, as: "pos_emb")
        if let embeddingDropout { attach(module: embeddingDropout, as: "drop") }
        try adopt(self.blocks, as: "blocks")
        try adopt(finalNorm, as: "ln_f")
        try adopt(lmHead, as: "lm_head")
        if let valueHead { try adopt(valueHead, as: "value_head") }
    }

    /// Adds a freshly initialised value head (weight normal(0, 0.02), bias 0) if the model has none,
    /// so a pretrained model can be fine-tuned with PPO.
    public func addValueHead() throws {
        guard valueHead == nil else { return }
        let head = try Linear(config.dModel, 1, initialization: .normal(std: 0.02))
        valueHead = head
        config.valueHead = true
        try adopt(head, as: "value_head")
    }

    // MARK: Forward passes

    /// Token ids [B, T] → logits [B, T, vocab] (a 1-d [T] input gives [T, vocab]).
    public override func compute(_ tokens: Tensor) throws -> Tensor {
        try logits(tokens)
    }

    /// Token ids [B, T] → next-token logits [B, T, vocab] (a 1-d [T] input gives [T, vocab]).
    public func logits(_ tokens: Tensor) throws -> Tensor {
        try scoped {
            let (batched, squeeze) = try batchedTokens(tokens)
            let out = try lmHead.forward(trunk(embed(batched)))
            return squeeze ? try out.squeeze(0) : out
        }
    }

    /// Token ids [B, T] → token + position embeddings [B, T, D] (before dropout), the input
    /// `forward(embeddings:)` takes; robust training perturbs these and differentiates w.r.t. them.
    public func embed(_ tokens: Tensor) throws -> Tensor {
        try scoped {
            let (batched, squeeze) = try batchedTokens(tokens)
            let out = try embedAt(batched, start: 0)
            return squeeze ? try out.squeeze(0) : out
        }
    }

    /// Input embeddings [B, T, D] → logits [B, T, vocab].
    public func forward(embeddings: Tensor) throws -> Tensor {
        try scoped { try lmHead.forward(trunk(embeddings)) }
    }

    /// Token ids [B, T] → value estimates [B, T] from the value head.
    public func values(_ tokens: Tensor) throws -> Tensor {
        try logitsAndValues(tokens).values
    }

    /// Token ids [B, T] → logits [B, T, vocab] and values [B, T] from one pass through the trunk (PPO).
    public func logitsAndValues(_ tokens: Tensor) throws -> (logits: Tensor, values: Tensor) {
        guard let valueHead else {
            throw TensorError(errorName, "this model has no value head (set valueHead in the config or call addValueHead())")
        }
        return try scoped {
            let (batched, squeeze) = try batchedTokens(tokens)
            let h = try trunk(embed(batched))
            let logits = try lmHead.forward(h)
            let values = try valueHead.forward(h).squeeze(-1)
            return squeeze ? (try logits.squeeze(0), try values.squeeze(0)) : (logits, values)
        }
    }

    /// Embeddings [B, T, D] → final hidden states [B, T, D] (dropout, blocks, final norm).
    public func trunk(_ embeddings: Tensor) throws -> Tensor {
        guard embeddings.rank == 3, embeddings.shape[2] == config.dModel else {
            throw TensorError(errorName, "expected embeddings [batch, time, \(config.dModel)], got \(formatShape(embeddings.shape))")
        }
        guard embeddings.shape[1] <= config.contextLength else {
            throw TensorError(errorName, "sequence length \(embeddings.shape[1]) exceeds the context length \(config.contextLength)")
        }
        return try scoped {
            var h = embeddings
            if let embeddingDropout { h = try embeddingDropout.forward(h) }
            return try finalNorm.forward(blocks.forward(h))
        }
    }

    /// Token + position embeddings of `tokens` [B, T] placed at positions start ..< start+T.
    func embedAt(_ tokens: Tensor, start: Int) throws -> Tensor {
        let t = tokens.shape[1]
        guard start + t <= config.contextLength else {
            throw TensorError(errorName, "positions \(start)..<\(start + t) exceed the context length \(config.contextLength)")
        }
        let positions = try Tensor.arange(Double(start), Double(start + t))
        return try tokenEmbedding.forward(tokens).apply(.add, positionEmbedding.forward(positions))
    }

    /// Accepts [B, T] or [T] token ids, returning a [B, T] view and whether to drop the batch axis again.
    private func batchedTokens(_ tokens: Tensor) throws -> (Tensor, Bool) {
        switch tokens.rank {
        case 2 where tokens.shape[1] > 0: return (tokens, false)
        case 1 where tokens.shape[0] > 0: return (try tokens.unsqueeze(0), true)
        default:
            throw TensorError(errorName, "expected token ids [batch, time] or [time] with time ≥ 1, got \(formatShape(tokens.shape))")
        }
    }

    /// A copy through `context` (a tied head stays tied because the context maps the shared table once).
    public override func makeCopy(_ context: ModuleCopyContext) throws -> Module {
        try GPT(config: config, tokenEmbedding: context.module(tokenEmbedding),
                positionEmbedding: context.module(positionEmbedding),
                blocks: blockList.map { try context.module($0) }, finalNorm: context.module(finalNorm),
                lmHead: context.module(lmHead), valueHead: valueHead.map { try context.module($0) })
    }
}
