import Engine

/// Batching for training (language-model windows, preference batches, shuffles, splits) and
/// corpora to train on.
extension BuiltinRegistry {
    func registerBatchingBuiltins() {
        define("lm_batch", [.required("tokens"), .required("batch_size"), .required("context")],
               "Random training windows: {\"x\": [batch_size, context] ids, \"y\": the same shifted by one (next tokens)}.",
               doc: "tokens: a list or 1-D tensor of integral ids longer than context. Window starts come from the seeded "
                   + "generator, as nanoGPT's get_batch.") { args in
            let batchSize = try args.integer(1), context = try args.integer(2)
            let (x, y): (Tensor, Tensor)
            if case .tensor(let t) = args[0] {
                (x, y) = try Value.engine { try Batching.lmBatch(t, batchSize: batchSize, context: context) }
            } else {
                let ids = try args.tokenIDs(0)
                (x, y) = try Value.engine { try Batching.lmBatch(ids, batchSize: batchSize, context: context) }
            }
            return .dict(DictRef([(.string("x"), .tensor(x)), (.string("y"), .tensor(y))]))
        }
        define("preference_batch", [.required("pairs"), .optional("tokenizer"), .optional("max_length", .number(64)),
                                    .optional("pad_id", .number(0)), .optional("max_prompt_length")],
               "Padded tensors for DPO-style losses from preference pairs (prompt, chosen, rejected).",
               doc: "pairs: dicts with string values (tokenized with tokenizer) or lists of ids. Returns a dict of [B, T] "
                   + "tensors chosen_ids, rejected_ids, chosen_mask, rejected_mask, chosen_labels, rejected_labels (prompt "
                   + "and padding labels are -100, for sequence_logps) and the list prompt_lengths. A long prompt keeps its "
                   + "last max_prompt_length tokens; each sequence keeps its first max_length tokens (nil: no limit).") { args in
            let tokenizer = args.isNil(1) ? nil : try args.native(1, TokenizerObject.self, expected: "a tokenizer").tokenizer
            let pairs = try args.list(0).items.enumerated().map { k, v in try tokenizedPair(v, index: k, tokenizer: tokenizer) }
            let batch = try Value.engine {
                try PreferenceBatch(pairs, padID: try args.integer(3), maxLength: try args.optionalInteger(2),
                                    maxPromptLength: try args.optionalInteger(4))
            }
            let entries: [(String, Value)] = [
                ("chosen_ids", .tensor(batch.chosenInputIDs)), ("rejected_ids", .tensor(batch.rejectedInputIDs)),
                ("chosen_mask", .tensor(batch.chosenAttentionMask)), ("rejected_mask", .tensor(batch.rejectedAttentionMask)),
                ("chosen_labels", .tensor(batch.chosenLabels)), ("rejected_labels", .tensor(batch.rejectedLabels)),
                ("prompt_lengths", TokenIDs.list(batch.promptLengths)),
            ]
            return .dict(DictRef(entries.map { (.string($0.0), $0.1) }))
        }
        registerShuffling()
        registerCorpora()
    }

    private func registerShuffling() {
        define("shuffle", [.required("items")], "A shuffled copy of a list (seeded: seed(n) fixes the order).") { args in
            .list(Batching.shuffled(try sequenceItems(args, 0)))
        }
        define("permutation", [.required("n")], "The numbers 0 ..< n in random (seeded) order.") { args in
            let n = try args.integer(0)
            guard n >= 0, n <= Value.maxRepeatedCount else { throw RuntimeError("permutation() argument 'n' must be in 0...\(Value.maxRepeatedCount)") }
            return TokenIDs.list(Batching.permutation(n))
        }
        define("train_val_split", [.required("items"), .required("fraction"), .optional("shuffle", .bool(true))],
               "Splits a list into [train, validation]; fraction (in [0, 1)) of the items, rounded, go to validation.",
               doc: "Shuffled first (seeded) unless shuffle = false; then validation is the last part, the right split for a token stream.") { args in
            let items = try sequenceItems(args, 0)
            let (train, validation) = try Value.engine {
                try Batching.trainValidationSplit(items, validationFraction: try args.number(1), shuffle: args.bool(2))
            }
            return .list([.list(train), .list(validation)])
        }
        define("minibatches", [.required("count"), .required("batch_size"), .optional("shuffle", .bool(true)),
                               .optional("drop_last", .bool(false))],
               "Lists of indices covering 0 ..< count once (an epoch), batch_size at a time, shuffled (seeded) by default.") { args in
            guard try args.integer(0) <= Value.maxRepeatedCount else {
                throw RuntimeError("minibatches() argument 'count' must be at most \(Value.maxRepeatedCount)")
            }
            let batches = try Value.engine {
                try Batching.minibatches(count: try args.integer(0), batchSize: try args.integer(1), shuffle: args.bool(2), dropLast: args.bool(3))
            }
            return .list(batches.map(TokenIDs.list))
        }
    }

    private func registerCorpora() {
        define("corpus_text", [.optional("max_chars", .number(200_000)), .optional("seed", .number(0))],
               "Text to train on: installed fortunes, else the dictionary word list, else synthetic sentences.",
               doc: "At most max_chars characters. corpus_source() says which was used; seed fixes the synthetic fallback.") { args in
            let (maxChars, seed) = (try args.integer(0), try args.integer(1))
            guard maxChars >= 0, maxChars <= Value.maxRepeatedCount else {
                throw RuntimeError("corpus_text() argument 'max_chars' must be in 0...\(Value.maxRepeatedCount)")
            }
            return .string(try Value.engine { try Corpus.defaultText(maxCharacters: maxChars, seed: UInt64(bitPattern: Int64(seed))).text })
        }
        define("corpus_source", [], "Where corpus_text() comes from on this machine: \"fortunes\", \"words\" or \"synthetic\".") { _ in
            .string(try Value.engine { try Corpus.defaultText(maxCharacters: 1).source })
        }
        define("synthetic_text", [.optional("sentences", .number(100)), .optional("seed", .number(0))],
               "Simple English-like sentences from a small grammar, fixed by seed (does not touch the shared generator).") { args in
            let (n, seed) = (try args.integer(0), try args.integer(1))
            guard n >= 0, n <= 1 << 22 else { throw RuntimeError("synthetic_text() argument 'sentences' must be in 0...\(1 << 22)") }
            return .string(Corpus.synthetic(sentences: n, seed: UInt64(bitPattern: Int64(seed))))
        }
        define("dictionary_words", [], "The system word list (/usr/share/dict/words) as a list of strings, or nil when absent.") { _ in
            guard let words = try Value.engine({ try Corpus.dictionaryWords() }) else { return .nil }
            return .list(words.map { .string($0) })
        }
        define("fortunes", [], "Every fortune of the installed fortune files as a list of strings, or nil when absent.") { _ in
            guard let entries = try Value.engine({ try Corpus.fortunes() }) else { return .nil }
            return .list(entries.map { .string($0) })
        }
    }
}

/// The items of a list or range argument.
private func sequenceItems(_ args: Arguments, _ i: Int) throws -> [Value] {
    switch args[i] {
    case .list(let l): return l.items
    case .range(let r):
        guard r.count <= Value.maxRepeatedCount else { throw RuntimeError("\(args.builtin.name)(): range too long") }
        return (0..<r.count).map { .number(r.element($0)) }
    default: throw args.typeError(i, expected: "a list")
    }
}

/// One preference pair from a dict of strings (tokenized) or of id lists.
private func tokenizedPair(_ value: Value, index k: Int, tokenizer: (any Tokenizer)?) throws -> TokenizedPreference {
    guard case .dict(let d) = value else {
        throw RuntimeError("preference_batch() pair \(k) must be a dict with prompt, chosen and rejected, not \(value.typeName)")
    }
    func part(_ key: String) throws -> [Int] {
        guard let v = d[.string(key)] else { throw RuntimeError("preference_batch() pair \(k) has no \"\(key)\"") }
        if case .string(let s) = v {
            guard let tokenizer else {
                throw RuntimeError("preference_batch() pair \(k) holds text; pass a tokenizer", hint: "preference_batch(pairs, ByteTokenizer())")
            }
            return try Value.engine { try tokenizer.encode(s) }
        }
        return try TokenIDs.read(v, what: "preference_batch() pair \(k) \"\(key)\"")
    }
    return TokenizedPreference(prompt: try part("prompt"), chosen: try part("chosen"), rejected: try part("rejected"))
}
