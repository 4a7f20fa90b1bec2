/// Sampling continuations from a GPT: greedy or seeded with temperature and top-k, batched, with
/// an optional key/value cache.
extension GPT {
    /// Continues every prompt `samplesPerPrompt` times and returns the full sequences (prompt then
    /// new tokens), prompt-major: result `p·samplesPerPrompt + s` is sample s of prompt p.
    ///
    /// - `temperature` 0 decodes greedily (argmax, no random draws); otherwise logits are divided
    ///   by it and, with `topK`, all but the k largest are dropped before one draw per token from
    ///   the shared seeded generator.
    /// - Sequences longer than the context length are cropped to their last `contextLength` tokens
    ///   before each step, as nanoGPT does.
    /// - A row that emits `stopToken` ends there (the stop token is kept) and draws no more numbers.
    /// - Prompts of equal length run as one batch. Generation runs without recording and with
    ///   dropout off; the model's modes are restored afterwards.
    /// - `useCache: false` runs the full window through the model at every step (the reference the
    ///   cached path is tested against).
    public func generate(prompts: [[Int]], maxNewTokens: Int, temperature: Double = 1, topK: Int? = nil,
                         samplesPerPrompt: Int = 1, stopToken: Int? = nil, useCache: Bool = true) throws -> [[Int]] {
        try checkGenerationArguments(prompts: prompts, maxNewTokens: maxNewTokens, temperature: temperature,
                                     topK: topK, samplesPerPrompt: samplesPerPrompt)
        let modes = namedModules().map { ($0.module, $0.module.isTraining) }
        eval()
        defer { for (m, on) in modes { m.setLocalTraining(on) } }

        var results = [[Int]](repeating: [], count: prompts.count * samplesPerPrompt)
        var groups: [Int: [Int]] = [:], order: [Int] = []
        for (p, prompt) in prompts.enumerated() {
            if groups[prompt.count] == nil { order.append(prompt.count) }
            groups[prompt.count, default: []].append(p)
        }
        try Autograd.noGrad {
            for length in order {
                let members = groups[length] ?? []
                let rows = members.flatMap { p in (0..<samplesPerPrompt).map { s in (p, s) } }
                let generated = try generateBatch(rows.map { prompts[$0.0] }, maxNewTokens: maxNewTokens,
                                                  temperature: temperature, topK: topK, stopToken: stopToken,
                                                  useCache: useCache)
                for ((p, s), sequence) in zip(rows, generated) { results[p * samplesPerPrompt + s] = sequence }
            }
        }
        return results
    }

    private func checkGenerationArguments(prompts: [[Int]], maxNewTokens: Int, temperature: Double, topK: Int?,
                                          samplesPerPrompt: Int) throws {
        guard maxNewTokens >= 0 else { throw TensorError("generate", "maxNewTokens must be non-negative, got \(maxNewTokens)") }
        guard samplesPerPrompt >= 1 else { throw TensorError("generate", "samplesPerPrompt must be at least 1, got \(samplesPerPrompt)") }
        guard temperature >= 0, temperature.isFinite else { throw TensorError("generate", "temperature must be finite and ≥ 0, got \(temperature)") }
        if let topK, topK < 1 { throw TensorError("generate", "topK must be at least 1, got \(topK)") }
        for (p, prompt) in prompts.enumerated() {
            guard !prompt.isEmpty else { throw TensorError("generate", "prompt \(p) is empty; a prompt needs at least one token") }
            if let bad = prompt.first(where: { $0 < 0 || $0 >= config.vocabSize }) {
                throw TensorError("generate", "prompt \(p) has token \(bad), outside the vocabulary 0..<\(config.vocabSize)")
            }
        }
    }

    /// Generates for rows that all start with prompts of one length.
    private func generateBatch(_ prompts: [[Int]], maxNewTokens: Int, temperature: Double, topK: Int?,
                               stopToken: Int?, useCache: Bool) throws -> [[Int]] {
        var sequences = prompts
        var finished = [Int?](repeating: nil, count: prompts.count)
        let cache = useCache ? try makeCache(batch: prompts.count) : nil
        for _ in 0..<maxNewTokens {
            guard finished.contains(where: { $0 == nil }) else { break }
            let logits = try lastPositionLogits(sequences, cache: cache)
            let active = finished.indices.filter { finished[$0] == nil }
            let picked = try LanguageModeling.sampleTokens(logits: logits, rows: active,
                                                           temperature: temperature, topK: topK)
            for r in sequences.indices {
                guard let token = picked[r] else {
                    // A finished row keeps the batch rectangular by repeating its stop token; it is cut off below.
                    sequences[r].append(sequences[r].last ?? 0)
                    continue
                }
                sequences[r].append(token)
                if token == stopToken { finished[r] = sequences[r].count }
            }
        }
        return zip(sequences, finished).map { sequence, end in end.map { Array(sequence.prefix($0)) } ?? sequence }
    }

    /// Logits [B, vocab] of the next token after each row (rows of equal length), through the cache
    /// when given: only new positions run, unless the sequence outgrew the context and the window moved.
    private func lastPositionLogits(_ sequences: [[Int]], cache: KVCache?) throws -> Tensor {
        let length = sequences[0].count, window = Swift.min(length, config.contextLength)
        func tokens(from start: Int) throws -> Tensor {
            let values = sequences.flatMap { $0[start..<length].map(Float.init) }
            return try Tensor(shape: [sequences.count, length - start], values: values)
        }
        let hidden: Tensor
        if let cache {
            if cache.length > 0 && cache.length < length && length <= config.contextLength {
                hidden = try cachedTrunk(tokens(from: cache.length), cache: cache)
            } else {
                cache.reset()
                hidden = try cachedTrunk(tokens(from: length - window), cache: cache)
            }
        } else {
            hidden = try trunk(embedAt(tokens(from: length - window), start: 0))
        }
        // Only the last position is needed: run the LM head on [B, 1, D] instead of every position.
        let last = try hidden.select(axis: 1, index: -1).unsqueeze(1)
        return try lmHead.forward(last).squeeze(1)
    }
}
