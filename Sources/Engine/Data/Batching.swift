/// Batching helpers for training: language-model windows, seeded shuffles and splits.
///
/// Every random choice draws from `RandomGenerator.shared`, so `seed(n)` fixes batches along with
/// initial weights and dropout, and a checkpoint that saves the generator resumes the same batches.
public enum Batching {
    /// Largest id stored exactly in a Float32 tensor.
    static let maxExactID = 1 << 24

    /// `batchSize` random windows of `context` tokens: `x[b] = tokens[i..<i+context]` and `y[b]` the same
    /// window shifted by one (next-token targets), both [batchSize, context], as nanoGPT's `get_batch`.
    public static func lmBatch(_ tokens: [Int], batchSize: Int, context: Int) throws -> (x: Tensor, y: Tensor) {
        guard batchSize > 0, context > 0 else {
            throw TensorError("lm_batch", "batch size and context must be positive (got \(batchSize) and \(context))")
        }
        guard tokens.count > context else {
            throw TensorError("lm_batch", "need more than \(context) tokens for a window of \(context) plus its target, got \(tokens.count)")
        }
        try Shape.validate([batchSize, context], operation: "lm_batch")
        let x = Tensor(uninitializedShape: [batchSize, context])
        let y = Tensor(uninitializedShape: [batchSize, context])
        let starts = UInt64(tokens.count - context)
        for b in 0..<batchSize {
            let i = Int(RandomGenerator.shared.nextInt(below: starts))
            for t in 0..<context {
                let a = tokens[i + t], n = tokens[i + t + 1]
                guard Swift.abs(a) <= maxExactID, Swift.abs(n) <= maxExactID else {
                    throw TensorError("lm_batch", "token id \(Swift.abs(a) > maxExactID ? a : n) exceeds 2^24 and cannot be stored exactly")
                }
                x.basePointer[b * context + t] = Float(a)
                y.basePointer[b * context + t] = Float(n)
            }
        }
        return (x, y)
    }

    /// The same from a 1-D tensor of integral token ids.
    public static func lmBatch(_ tokens: Tensor, batchSize: Int, context: Int) throws -> (x: Tensor, y: Tensor) {
        guard tokens.rank == 1 else {
            throw TensorError("lm_batch", "tokens must be a 1-D tensor, got shape \(formatShape(tokens.shape))")
        }
        let ids = try tokens.scalars.enumerated().map { k, v -> Int in
            guard v.isFinite, v == v.rounded() else { throw TensorError("lm_batch", "token \(v) at position \(k) is not an integer") }
            return Int(v)
        }
        return try lmBatch(ids, batchSize: batchSize, context: context)
    }

    /// A uniformly random permutation of `0..<count` (Fisher–Yates).
    public static func permutation(_ count: Int) -> [Int] {
        var p = Array(0..<Swift.max(count, 0))
        shuffle(&p)
        return p
    }

    /// Shuffles `items` in place with the shared generator (Fisher–Yates, so every order is equally likely).
    public static func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            let j = Int(RandomGenerator.shared.nextInt(below: UInt64(i + 1)))
            items.swapAt(i, j)
        }
    }

    /// A shuffled copy of `items`.
    public static func shuffled<T>(_ items: [T]) -> [T] {
        var copy = items
        shuffle(&copy)
        return copy
    }

    /// Splits `items` into training and validation parts; `validationFraction` of the items (rounded)
    /// go to validation. With `shuffle` the items are shuffled first; without it the split is
    /// contiguous with validation last (the right choice for a token stream, as in nanoGPT).
    public static func trainValidationSplit<T>(_ items: [T], validationFraction: Double, shuffle: Bool = true) throws -> (train: [T], validation: [T]) {
        guard validationFraction >= 0, validationFraction < 1 else {
            throw TensorError("train_val_split", "validation fraction must be in [0, 1), got \(validationFraction)")
        }
        let ordered = shuffle ? shuffled(items) : items
        let validationCount = Swift.min(Int((Double(items.count) * validationFraction).rounded()), items.count)
        let cut = items.count - validationCount
        return (Array(ordered[..<cut]), Array(ordered[cut...]))
    }

    /// Index lists of `batchSize` covering `0..<count` once (an epoch), shuffled when asked; the last
    /// batch may be short unless `dropLast`.
    public static func minibatches(count: Int, batchSize: Int, shuffle: Bool = true, dropLast: Bool = false) throws -> [[Int]] {
        guard batchSize > 0 else { throw TensorError("minibatches", "batch size must be positive, got \(batchSize)") }
        let order = shuffle ? permutation(count) : Array(0..<Swift.max(count, 0))
        var out: [[Int]] = []
        var i = 0
        while i < order.count {
            let end = Swift.min(i + batchSize, order.count)
            if end - i == batchSize || !dropLast { out.append(Array(order[i..<end])) }
            i = end
        }
        return out
    }
}
