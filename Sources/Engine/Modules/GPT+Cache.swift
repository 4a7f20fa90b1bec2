/// Incremental (key/value cached) evaluation of a GPT, for sampling.
extension GPT {
    /// An empty cache sized for this model and `batch` sequences.
    public func makeCache(batch: Int) throws -> KVCache {
        try KVCache(batch: batch, capacity: config.contextLength, layers: config.layers, dModel: config.dModel)
    }

    /// New token ids [B, Tn] placed after the cache's positions → logits [B, Tn, vocab], and the
    /// cache advanced by Tn. Never records a graph; dropout follows the model's mode.
    public func logits(_ newTokens: Tensor, cache: KVCache) throws -> Tensor {
        try scoped { try Autograd.noGrad { try lmHead.forward(cachedTrunk(newTokens, cache: cache)) } }
    }

    /// The final hidden states [B, Tn, D] of new tokens, reading and extending `cache`.
    func cachedTrunk(_ newTokens: Tensor, cache: KVCache) throws -> Tensor {
        guard newTokens.rank == 2, newTokens.shape[0] == cache.batch, newTokens.shape[1] > 0 else {
            throw TensorError(errorName, "expected new token ids [\(cache.batch), time ≥ 1] for the cache, got \(formatShape(newTokens.shape))")
        }
        guard cache.layers == blockList.count, cache.capacity == config.contextLength,
              cache.keys.allSatisfy({ $0.shape[2] == config.dModel }) else {
            throw TensorError(errorName, "the cache was made for a different model; use makeCache(batch:)")
        }
        let start = cache.length
        return try Autograd.noGrad {
            var h = try embedAt(newTokens, start: start)
            if let embeddingDropout { h = try embeddingDropout.forward(h) }
            try blocks.scoped {
                for (i, block) in blockList.enumerated() {
                    h = try block.computeCached(h, keyBuffer: cache.keys[i], valueBuffer: cache.values[i], start: start)
                }
            }
            cache.advance(by: newTokens.shape[1])
            return try finalNorm.forward(h)
        }
    }
}
