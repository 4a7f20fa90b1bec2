import Engine

/// Methods only a GPT has: the language-model entry points and sampling.
extension ModuleObject {
    /// The GPT method table.
    static let gptMethods = MethodTable([
        gptMethod("logits", [.required("tokens"), .optional("cache")],
                  "Token ids [B, T] (or [T]) → next-token logits [B, T, vocab].",
                  doc: "With cache = model.make_cache(B), tokens are the new ids [B, Tn] placed after the cached "
                      + "positions; only they run through the model, nothing is recorded, and the cache advances by Tn.") { g, args in
            if args.isNil(1) { return .tensor(try g.logits(try args.tensor(0))) }
            let cache = try args.native(1, CacheObject.self, expected: "a cache from make_cache()").cache
            return .tensor(try g.logits(try args.tensor(0), cache: cache))
        },
        gptMethod("make_cache", [.optional("batch", .number(1))],
                  "An empty key/value cache for batch sequences, for incremental logits(tokens, cache = c).") { g, args in
            .native(CacheObject(try g.makeCache(batch: try args.integer(0))))
        },
        gptMethod("embed", [.required("tokens")],
                  "Token ids [B, T] → token + position embeddings [B, T, D], the input of forward_embeddings.") { g, args in
            .tensor(try g.embed(try args.tensor(0)))
        },
        gptMethod("forward_embeddings", [.required("embeddings")],
                  "Input embeddings [B, T, D] → logits [B, T, vocab] (robust training perturbs the embeddings).") { g, args in
            .tensor(try g.forward(embeddings: try args.tensor(0)))
        },
        gptMethod("values", [.required("tokens")], "Token ids [B, T] → value-head estimates [B, T] (needs value_head = true).") { g, args in
            .tensor(try g.values(try args.tensor(0)))
        },
        gptMethod("logits_and_values", [.required("tokens")],
                  "Logits and values from one pass: {\"logits\": [B, T, vocab], \"values\": [B, T]} (PPO).") { g, args in
            let (logits, values) = try g.logitsAndValues(try args.tensor(0))
            return .dict(DictRef([(.string("logits"), .tensor(logits)), (.string("values"), .tensor(values))]))
        },
        gptMethod("add_value_head", [], "Adds a freshly initialised scalar value head if there is none; returns the model.") { g, args in
            try g.addValueHead()
            return args.receiver
        },
        gptMethod("generate", [.required("prompts"), .optional("max_new_tokens", .number(32)), .optional("temperature", .number(1)),
                               .optional("top_k"), .optional("samples_per_prompt", .number(1)), .optional("stop_token"),
                               .optional("use_cache", .bool(true))],
                  "Continues each prompt; returns a list of token lists (prompt followed by new tokens).",
                  doc: "prompts: a list of token lists, one token list, or a [B, T] tensor. temperature 0 decodes greedily; "
                      + "top_k keeps the k most likely tokens; draws come from the seeded generator. With samples_per_prompt = n "
                      + "the result holds n sequences per prompt, prompt-major. A sequence that emits stop_token ends there.") { g, args in
            let prompts = try TokenIDs.prompts(args[0], what: "generate() argument 'prompts'")
            // The result is allocated up front from these numbers; refuse sizes that cannot fit.
            let rows = Double(prompts.count) * Double(max(try args.integer(4), 1))
            let longest = Double(prompts.map(\.count).max() ?? 0) + Double(max(try args.integer(1), 0))
            guard rows * longest <= Double(Value.maxRepeatedCount) else {
                throw RuntimeError("generate(): \(formatNumber(rows)) sequences of up to \(formatNumber(longest)) tokens are too many to hold")
            }
            let out = try g.generate(prompts: prompts, maxNewTokens: try args.integer(1), temperature: try args.number(2),
                                     topK: try args.optionalInteger(3), samplesPerPrompt: try args.integer(4),
                                     stopToken: try args.optionalInteger(5), useCache: args.bool(6))
            return .list(out.map(TokenIDs.list))
        },
    ])

    /// A method whose receiver must be a GPT; engine errors become runtime errors.
    private static func gptMethod(_ name: String, _ params: [Parameter], _ summary: String, doc: String = "",
                                  _ body: @escaping (GPT, Arguments) throws -> Value) -> Builtin {
        nativeMethod(name, params, summary, doc: doc) { args in
            guard let g = try args.receiver(ModuleObject.self).module as? GPT else {
                throw RuntimeError("\(name)() is a GPT method, not a \(args.receiver.typeName) method")
            }
            return try Value.engine { try body(g, args) }
        }
    }
}
