/// A padded batch of preference pairs for DPO-style losses: `[B, T]` input ids for prompt+chosen and
/// prompt+rejected, attention masks, and labels in which prompt and padding positions are −100.
///
/// Labels are aligned with the input ids (Hugging Face convention); `sequence_logps` does the causal
/// shift, so only response tokens are scored. Chosen and rejected share one T so they can be stacked.
public struct PreferenceBatch {
    /// The label value of positions that are not scored (prompt and padding).
    public static let ignoreIndex = -100
    /// prompt+chosen ids, right-padded: [B, T].
    public let chosenInputIDs: Tensor
    /// prompt+rejected ids, right-padded: [B, T].
    public let rejectedInputIDs: Tensor
    /// 1 for real tokens of the chosen sequences, 0 for padding: [B, T].
    public let chosenAttentionMask: Tensor
    /// 1 for real tokens of the rejected sequences, 0 for padding: [B, T].
    public let rejectedAttentionMask: Tensor
    /// Chosen ids at response positions, −100 elsewhere: [B, T].
    public let chosenLabels: Tensor
    /// Rejected ids at response positions, −100 elsewhere: [B, T].
    public let rejectedLabels: Tensor
    /// Prompt length of each pair after truncation.
    public let promptLengths: [Int]

    /// Builds a batch. With `maxPromptLength` a long prompt keeps its last tokens (the part next to the
    /// response, TRL's `keep_end`); with `maxLength` each prompt+response keeps its first `maxLength`
    /// tokens. A prompt that leaves no room for any response token is an error naming the pair.
    public init(_ pairs: [TokenizedPreference], padID: Int, maxLength: Int? = nil, maxPromptLength: Int? = nil) throws {
        guard !pairs.isEmpty else { throw TensorError("preference_batch", "needs at least one pair") }
        if let maxLength, maxLength < 2 { throw TensorError("preference_batch", "max length must be at least 2, got \(maxLength)") }
        if let maxPromptLength, maxPromptLength < 0 { throw TensorError("preference_batch", "max prompt length must be ≥ 0") }
        guard Swift.abs(padID) <= Batching.maxExactID else { throw TensorError("preference_batch", "pad id \(padID) exceeds 2^24") }
        var rows: [(chosen: [Int], rejected: [Int], prompt: Int)] = []
        for (k, pair) in pairs.enumerated() {
            var prompt = pair.prompt
            if let maxPromptLength, prompt.count > maxPromptLength { prompt = Array(prompt.suffix(maxPromptLength)) }
            if let maxLength, prompt.count >= maxLength {
                throw TensorError("preference_batch", "pair \(k): the prompt has \(prompt.count) tokens, leaving no room for the response within max length \(maxLength); set a max prompt length below it")
            }
            func sequence(_ response: [Int]) throws -> [Int] {
                var s = prompt + response
                if let maxLength, s.count > maxLength { s.removeLast(s.count - maxLength) }
                if let bad = s.first(where: { Swift.abs($0) > Batching.maxExactID }) {
                    throw TensorError("preference_batch", "pair \(k): token id \(bad) exceeds 2^24 and cannot be stored exactly")
                }
                return s
            }
            rows.append((try sequence(pair.chosen), try sequence(pair.rejected), prompt.count))
        }
        let width = rows.map { Swift.max($0.chosen.count, $0.rejected.count) }.max() ?? 0
        try Shape.validate([pairs.count, width], operation: "preference_batch")
        func pack(_ pick: ((chosen: [Int], rejected: [Int], prompt: Int)) -> [Int]) -> (ids: Tensor, mask: Tensor, labels: Tensor) {
            let shape = [rows.count, width]
            let ids = Tensor.full(shape, Float(padID)), mask = Tensor.zeros(shape)
            let labels = Tensor.full(shape, Float(PreferenceBatch.ignoreIndex))
            for (b, row) in rows.enumerated() {
                for (t, id) in pick(row).enumerated() {
                    ids.basePointer[b * width + t] = Float(id)
                    mask.basePointer[b * width + t] = 1
                    if t >= row.prompt { labels.basePointer[b * width + t] = Float(id) }
                }
            }
            return (ids, mask, labels)
        }
        let c = pack { $0.chosen }, r = pack { $0.rejected }
        chosenInputIDs = c.ids
        chosenAttentionMask = c.mask
        chosenLabels = c.labels
        rejectedInputIDs = r.ids
        rejectedAttentionMask = r.mask
        rejectedLabels = r.labels
        promptLengths = rows.map(\.prompt)
    }

    /// Tokenises `pairs` with `tokenizer` and builds a batch.
    public init(_ pairs: [PreferencePair], tokenizer: Tokenizer, padID: Int, maxLength: Int? = nil, maxPromptLength: Int? = nil) throws {
        try self.init(try pairs.map { try TokenizedPreference($0, tokenizer: tokenizer) }, padID: padID,
                      maxLength: maxLength, maxPromptLength: maxPromptLength)
    }
}
