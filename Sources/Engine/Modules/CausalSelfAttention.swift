/// Multi-head causal self-attention with separate query, key and value projections (`q`, `k`, `v`)
/// and an output projection (`proj`), so parameter paths read `blocks.0.attn.q.weight`.
///
/// Heads are views: a [B, T, D] projection is reshaped to [B, T, H, hd] and permuted to
/// [B, H, T, hd] without copying, and scores are one batched matmul over [B, H].
public final class CausalSelfAttention: Module {
    /// Query projection [D, D].
    public let q: Linear
    /// Key projection [D, D].
    public let k: Linear
    /// Value projection [D, D].
    public let v: Linear
    /// Output projection [D, D].
    public let proj: Linear
    /// Number of heads (D must be divisible by it).
    public let heads: Int
    /// Dropout on the attention probabilities, when positive.
    public let attentionDropout: Dropout?
    /// Dropout after the output projection, when positive.
    public let residualDropout: Dropout?

    /// Model width D.
    public var dModel: Int { q.inFeatures }
    /// Width of one head, D / heads.
    public var headDim: Int { dModel / heads }

    /// A new layer of width `dModel` with `heads` heads; `projInitialization` (default: the same as
    /// `initialization`) lets GPT scale the residual projection as GPT-2 does.
    public convenience init(_ dModel: Int, heads: Int, dropout p: Float = 0, bias: Bool = true,
                            initialization: ParameterInit = .pytorchDefault,
                            projInitialization: ParameterInit? = nil) throws {
        guard dModel > 0, heads > 0, dModel % heads == 0 else {
            throw TensorError("CausalSelfAttention", "dModel \(dModel) must be a positive multiple of heads \(heads)")
        }
        let make = { try Linear(dModel, dModel, bias: bias, initialization: initialization) }
        let q = try make(), k = try make(), v = try make()
        let proj = try Linear(dModel, dModel, bias: bias, initialization: projInitialization ?? initialization)
        try self.init(q: q, k: k, v: v, proj: proj, heads: heads,
                      attentionDropout: p > 0 ? Dropout(p) : nil, residualDropout: p > 0 ? Dropout(p) : nil)
    }

    /// A layer from existing projections (all [D, D]).
    public init(q: Linear, k: Linear, v: Linear, proj: Linear, heads: Int,
                attentionDropout: Dropout? = nil, residualDropout: Dropout? = nil) throws {
        let d = q.inFeatures
        for (name, l) in [("q", q), ("k", k), ("v", v), ("proj", proj)] where l.inFeatures != d || l.outFeatures != d {
            throw TensorError("CausalSelfAttention", "projection \(name) must be [\(d), \(d)], got \(formatShape(l.weight.shape))")
        }
        guard heads > 0, d % heads == 0 else {
            throw TensorError("CausalSelfAttention", "dModel \(d) must be a positive multiple of heads \(heads)")
        }
        self.q = q; self.k = k; self.v = v; self.proj = proj
        self.heads = heads
        self.attentionDropout = attentionDropout
        self.residualDropout = residualDropout
        super.init()
        try adopt(q, as: "q")
        try adopt(k, as: "k")
        try adopt(v, as: "v")
        try adopt(proj, as: "proj")
        if let attentionDropout { try adopt(attentionDropout, as: "attn_dropout") }
        if let residualDropout { try adopt(residualDropout, as: "resid_dropout") }
    }

    /// x [B, T, D] → [B, T, D], each position attending to itself and earlier positions only.
    public override func compute(_ x: Tensor) throws -> Tensor {
        try checkInput(x)
        let (b, t) = (x.shape[0], x.shape[1])
        let queries = try splitHeads(scaledQueries(x), batch: b, length: t)
        let keys = try splitHeads(k.forward(x), batch: b, length: t)
        let values = try splitHeads(v.forward(x), batch: b, length: t)
        return try attend(queries, keys, values, queryStart: 0)
    }

    /// The incremental step for sampling: x [B, Tn, D] holds the new positions `start ..< start+Tn`;
    /// their keys and values are written into the cache buffers ([B, capacity, D]) and the queries
    /// attend to everything cached so far. Runs without recording.
    func computeCached(_ x: Tensor, keyBuffer: Tensor, valueBuffer: Tensor, start: Int) throws -> Tensor {
        try checkInput(x)
        return try Autograd.noGrad {
            let (b, tn) = (x.shape[0], x.shape[1])
            let capacity = keyBuffer.shape[1], d = dModel
            guard keyBuffer.shape == [b, capacity, d], start + tn <= capacity else {
                throw TensorError(errorName, "cache of shape \(formatShape(keyBuffer.shape)) cannot hold positions \(start)..<\(start + tn) for input \(formatShape(x.shape))")
            }
            let queries = try splitHeads(scaledQueries(x), batch: b, length: tn)
            for (projection, buffer) in [(k, keyBuffer), (v, valueBuffer)] {
                let fresh = try projection.forward(x).contiguousData()
                for i in 0..<b {
                    (buffer.basePointer + (i * capacity + start) * d).update(from: fresh.basePointer + i * tn * d, count: tn * d)
                }
            }
            let length = start + tn
            // [B, H, L, hd] views straight into the buffers: no copy of the cached keys and values.
            let strides = [capacity * d, headDim, d, 1]
            let keys = Tensor(storage: keyBuffer.storage, shape: [b, heads, length, headDim], strides: strides, offset: keyBuffer.offset)
            let values = Tensor(storage: valueBuffer.storage, shape: [b, heads, length, headDim], strides: strides, offset: valueBuffer.offset)
            return try attend(queries, keys, values, queryStart: start)
        }
    }

    private func checkInput(_ x: Tensor) throws {
        guard x.rank == 3, x.shape[2] == dModel else {
            throw TensorError(errorName, "expected input [batch, time, \(dModel)], got \(formatShape(x.shape))")
        }
    }

    /// Queries scaled by 1/√hd, folded into the projection's weights (the cheapest place to scale).
    private func scaledQueries(_ x: Tensor) throws -> Tensor {
        try q.forward(x, scaledBy: 1 / Float(headDim).squareRoot())
    }

    /// [B, T, D] → a [B, H, T, hd] view.
    private func splitHeads(_ t: Tensor, batch: Int, length: Int) throws -> Tensor {
        try t.reshape([batch, length, heads, headDim]).permute([0, 2, 1, 3])
    }

    /// Softmax attention of queries at absolute positions `queryStart ..< queryStart+Tq` over keys
    /// at 0 ..< L, masking keys after each query; returns [B, Tq, D] after the output projection.
    private func attend(_ queries: Tensor, _ keys: Tensor, _ values: Tensor, queryStart: Int) throws -> Tensor {
        let (b, tq, length) = (queries.shape[0], queries.shape[2], keys.shape[2])
        let scores = try queries.matmul(keys.transpose())
        // With one query at the end of the keys (cached decoding) nothing needs masking.
        var probabilities = queryStart + 1 < length
            ? try scores.causalSoftmax(queryStart: queryStart) : try scores.softmax(axis: -1)
        if let attentionDropout { probabilities = try attentionDropout.forward(probabilities) }
        let mixed = try probabilities.matmul(values).permute([0, 2, 1, 3]).reshape([b, tq, dModel])
        let out = try proj.forward(mixed)
        return try residualDropout?.forward(out) ?? out
    }

    /// A copy through `context`.
    public override func makeCopy(_ context: ModuleCopyContext) throws -> Module {
        try CausalSelfAttention(q: context.module(q), k: context.module(k), v: context.module(v),
                                proj: context.module(proj), heads: heads,
                                attentionDropout: attentionDropout.map { try context.module($0) },
                                residualDropout: residualDropout.map { try context.module($0) })
    }
}
