/// Functions on language-model outputs shared by the models and the stdlib: the one sequence
/// log-probability and the token sampler.
public enum LanguageModeling {
    /// Per-sequence log-probabilities of `labels` [B, T] under `logits` [B, T, V]: position t of the
    /// logits scores label t+1 (the causal shift, done here once), labels equal to `ignoreIndex`
    /// (the prompt and padding) are skipped, and the rest are summed, or averaged over the counted
    /// tokens when `average`. Returns [B], differentiable w.r.t. the logits; a row with no counted
    /// token gives 0.
    public static func sequenceLogps(logits: Tensor, labels: Tensor, average: Bool = false,
                                     ignoreIndex: Int = -100) throws -> Tensor {
        // One scope, so graphs draw (and can collapse) the whole computation as a single cluster.
        try Autograd.withScope("sequence_logps") {
            try sequenceLogpsBody(logits: logits, labels: labels, average: average, ignoreIndex: ignoreIndex)
        }
    }

    private static func sequenceLogpsBody(logits: Tensor, labels: Tensor, average: Bool, ignoreIndex: Int) throws -> Tensor {
        guard logits.rank == 3, labels.rank == 2, labels.shape == Array(logits.shape.prefix(2)) else {
            throw TensorError("sequence_logps", "expected logits [batch, time, vocab] and labels [batch, time], got \(formatShape(logits.shape)) and \(formatShape(labels.shape))")
        }
        let (b, t, v) = (logits.shape[0], logits.shape[1], logits.shape[2])
        try checkLabels(labels, vocab: v, ignoreIndex: ignoreIndex)
        guard t >= 2 else { return Tensor.zeros([b]) }
        let predicting = try logits.slice([.all, SliceRange(start: 0, end: t - 1)])
        let targets = try labels.slice([.all, SliceRange(start: 1, end: nil)])
        let counted = targets.apply(.notEqual, scalar: Float(ignoreIndex))
        let safeTargets = try Tensor.select(counted, targets, Tensor(scalar: 0))
        let tokenLogps = try predicting.logSoftmax(axis: -1).gather(axis: -1, index: safeTargets.unsqueeze(-1)).squeeze(-1)
        // select, not multiply: a −inf log-probability at a skipped position must not turn into NaN.
        let sums = try Tensor.select(counted, tokenLogps, Tensor(scalar: 0)).sum(axes: [1])
        guard average else { return sums }
        return try sums.apply(.div, counted.sum(axes: [1]).clamp(min: 1))
    }

    private static func checkLabels(_ labels: Tensor, vocab: Int, ignoreIndex: Int) throws {
        let values = labels.scalars
        let width = labels.shape[1]
        for (i, x) in values.enumerated() {
            guard x.isFinite, x == x.rounded() else {
                throw TensorError("sequence_logps", "label \(x) at [\(i / width), \(i % width)] is not an integer")
            }
            let id = Int(x)
            guard id == ignoreIndex || (id >= 0 && id < vocab) else {
                throw TensorError("sequence_logps", "label \(id) at [\(i / width), \(i % width)] is outside 0..<\(vocab) and is not the ignore index \(ignoreIndex)")
            }
        }
    }

    /// One token per row of `logits` [B, V] (greedy when `temperature` is 0), drawn from the shared
    /// seeded generator in row order.
    public static func sampleTokens(logits: Tensor, temperature: Double = 1, topK: Int? = nil) throws -> [Int] {
        guard logits.rank == 2 else {
            throw TensorError("sample", "expected logits [batch, vocab], got \(formatShape(logits.shape))")
        }
        return try sampleTokens(logits: logits, rows: Array(0..<logits.shape[0]), temperature: temperature, topK: topK)
            .map { $0 ?? 0 }
    }

    /// Samples only `rows` (in that order), leaving nil for the others, so finished sequences draw nothing.
    static func sampleTokens(logits: Tensor, rows: [Int], temperature: Double, topK: Int?) throws -> [Int?] {
        guard temperature >= 0, temperature.isFinite else {
            throw TensorError("sample", "temperature must be finite and ≥ 0, got \(temperature)")
        }
        if let topK, topK < 1 { throw TensorError("sample", "topK must be at least 1, got \(topK)") }
        let (batch, vocab) = (logits.shape[0], logits.shape[1])
        let data = logits.contiguousData()
        var out = [Int?](repeating: nil, count: batch)
        var scaled = [Double](repeating: 0, count: vocab)
        for r in rows {
            let row = data.basePointer + r * vocab
            for i in 0..<vocab {
                guard row[i].isFinite || row[i] == -.infinity else {
                    throw TensorError("sample", "row \(r) has a non-finite logit \(row[i])")
                }
            }
            if temperature == 0 {
                var best = 0
                for i in 1..<Swift.max(vocab, 1) where row[i] > row[best] { best = i }
                out[r] = best
                continue
            }
            for i in 0..<vocab { scaled[i] = Double(row[i]) / temperature }
            if let k = topK, k < vocab {
                // Keep values ≥ the k-th largest (ties at the threshold stay, as in nanoGPT's top-k).
                let threshold = scaled.sorted(by: >)[k - 1]
                for i in 0..<vocab where scaled[i] < threshold { scaled[i] = -.infinity }
            }
            out[r] = try draw(from: scaled, row: r)
        }
        return out
    }

    /// One categorical draw from unnormalised log-probabilities.
    private static func draw(from logits: [Double], row: Int) throws -> Int {
        let m = logits.max() ?? -.infinity
        guard m > -.infinity else { throw TensorError("sample", "row \(row) has no finite logit") }
        // The engine's exp kernel keeps Foundation out of this file; Float weights are ample for a draw.
        var weights = try Tensor(shape: [logits.count], values: logits.map { Float($0 - m) }).exp().scalars.map(Double.init)
        let total = weights.reduce(0, +)
        let u = RandomGenerator.shared.nextUniform() * total
        var acc = 0.0
        for (i, w) in weights.enumerated() {
            acc += w
            if u < acc { return i }
        }
        // Rounding can leave u just above the running total: take the last token with weight.
        weights.reverse()
        return logits.count - 1 - (weights.firstIndex(where: { $0 > 0 }) ?? 0)
    }
}
