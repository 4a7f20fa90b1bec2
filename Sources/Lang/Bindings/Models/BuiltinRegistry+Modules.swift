import Engine
import Foundation

/// Constructors of layers and models (`Linear(4, 2)`, `GPT(vocab_size = 96, ...)`).
extension BuiltinRegistry {
    func registerModuleConstructors() {
        registerLayerConstructors()
        registerModelConstructors()
    }

    /// Registers a constructor whose body builds an engine module; engine errors become runtime errors.
    private func constructor(_ name: String, _ params: [Parameter], _ summary: String, doc: String = "",
                             _ build: @escaping (Arguments) throws -> Engine.Module) {
        define(name, params, summary, doc: doc) { args in
            .native(ModuleObject(try Value.engine { try build(args) }))
        }
    }

    private func registerLayerConstructors() {
        constructor("Linear", [.required("in_features"), .required("out_features"), .optional("bias", .bool(true))],
                    "A fully connected layer y = x·Wᵀ + b (W is [out, in], initialised as PyTorch).",
                    doc: "Attributes: weight, bias, in_features, out_features.") { args in
            try Linear(try args.integer(0), try args.integer(1), bias: args.bool(2))
        }
        constructor("Embedding", [.required("count"), .required("dim")],
                    "A table of count learned vectors of length dim, indexed by integral ids (N(0, 1) init).") { args in
            try Embedding(try args.integer(0), try args.integer(1))
        }
        constructor("LayerNorm", [.required("dim"), .optional("eps", .number(1e-5)), .optional("bias", .bool(true))],
                    "Layer normalisation over the last axis with learned scale and shift.") { args in
            try LayerNorm(try args.integer(0), eps: Float(try args.number(1)), bias: args.bool(2))
        }
        constructor("Dropout", [.optional("p", .number(0.5))],
                    "Zeroes elements with probability p in training mode (seeded); the identity after eval().") { args in
            try Dropout(Float(try args.number(0)))
        }
        constructor("Activation", [.required("name")],
                    "A parameterless layer applying relu, gelu, gelu_tanh, tanh or sigmoid (for Sequential).") { args in
            ActivationLayer(try args.activation(0))
        }
        constructor("MLP", [.required("in_features"), .required("hidden"), .optional("out_features"),
                            .optional("activation", .string("gelu")), .optional("dropout", .number(0))],
                    "The transformer feed-forward block: Linear fc → activation → Linear proj (→ dropout).",
                    doc: "out_features defaults to in_features. Children: fc, proj.") { args in
            try MLP(try args.integer(0), hidden: try args.integer(1), out: try args.optionalInteger(2),
                    activation: try args.activation(3), dropout: Float(try args.number(4)))
        }
        constructor("CausalSelfAttention", [.required("d_model"), .required("heads"), .optional("dropout", .number(0)),
                                            .optional("bias", .bool(true))],
                    "Multi-head causal self-attention over [B, T, d_model] (children q, k, v, proj).") { args in
            try CausalSelfAttention(try args.integer(0), heads: try args.integer(1), dropout: Float(try args.number(2)),
                                    bias: args.bool(3))
        }
        constructor("TransformerBlock", [.required("d_model"), .required("heads"), .optional("mlp_ratio", .number(4)),
                                         .optional("dropout", .number(0)), .optional("activation", .string("gelu")),
                                         .optional("bias", .bool(true))],
                    "A pre-LayerNorm transformer block: x + attn(ln1(x)), then x + mlp(ln2(x)).") { args in
            let d = try args.integer(0), ratio = try args.number(2)
            guard ratio > 0, ratio.isFinite else { throw RuntimeError("TransformerBlock() argument 'mlp_ratio' must be positive") }
            return try TransformerBlock(d, heads: try args.integer(1), mlpHidden: max(1, Int((ratio * Double(d)).rounded())),
                                        dropout: Float(try args.number(3)), bias: args.bool(5), activation: try args.activation(4))
        }
        constructor("Sequential", [.variadic("modules")],
                    "Modules applied in order, named 0, 1, ...: Sequential(a, b) or Sequential([a, b]).",
                    doc: "Also a module list: seq[0], len(seq), for m in seq. A module already inside another model must be copy()'d first.") { args in
            var items = try args.list(0).items
            if items.count == 1, case .list(let inner) = items[0] { items = inner.items }
            let modules = try items.enumerated().map { k, v -> Engine.Module in
                guard case .native(let o as ModuleObject) = v else {
                    throw RuntimeError("Sequential() element \(k) must be a module, not \(v.typeName)")
                }
                return o.module
            }
            return try Sequential(modules)
        }
        constructor("Module", [], "An empty container module; add parts with m.name = Linear(...) or m.name = tensor.",
                    doc: "A hand-assembled tree names parameters by path for checkpoints, optimizers and graphs; "
                        + "it has no forward computation of its own.") { _ in
            Engine.Module()
        }
        define("is_module", [.required("x")], "True when x is a module (layer or model).") { args in
            if case .native(let o) = args[0], o is ModuleObject { return .bool(true) }
            return .bool(false)
        }
    }

    private func registerModelConstructors() {
        constructor("GPT", [.optional("vocab_size", .number(256)), .optional("context", .number(64)), .optional("d_model", .number(64)),
                            .optional("heads", .number(4)), .optional("layers", .number(2)), .optional("mlp_ratio", .number(4)),
                            .optional("tie_weights", .bool(true)), .optional("dropout", .number(0)),
                            .optional("value_head", .bool(false)), .optional("bias", .bool(true)),
                            .optional("activation", .string("gelu"))],
                    "A GPT-style language model: token + position embeddings, pre-LN blocks, final norm, LM head.",
                    doc: "model(tokens) gives logits [B, T, vocab]. Methods: logits, embed, forward_embeddings, values, "
                        + "logits_and_values, generate, add_value_head; attribute config. Initialised as nanoGPT "
                        + "(normal 0.02, residual projections scaled by depth) from the seeded generator.") { args in
            let config = GPTConfig(vocabSize: try args.integer(0), contextLength: try args.integer(1), dModel: try args.integer(2),
                                   heads: try args.integer(3), layers: try args.integer(4), mlpRatio: try args.number(5),
                                   tieWeights: args.bool(6), dropout: Float(try args.number(7)), bias: args.bool(9),
                                   valueHead: args.bool(8), activation: try args.activation(10))
            do {
                try config.validate()
                try checkModelSize(gptParameterEstimate(config), "GPT")
            } catch let e as TensorError {
                // The engine names the Swift fields; say what the script wrote.
                var reason = e.reason
                for (swift, alinea) in [("vocabSize", "vocab_size"), ("contextLength", "context"), ("dModel", "d_model"),
                                        ("mlpRatio", "mlp_ratio")] {
                    reason = reason.replacingOccurrences(of: swift, with: alinea)
                }
                throw RuntimeError("GPT(): \(reason)")
            }
            return try GPT(config)
        }
        constructor("MLPClassifier", [.required("sizes"), .optional("activation", .string("relu")), .optional("dropout", .number(0))],
                    "A classifier: Linear layers of the given sizes (input first, classes last) with activations between.",
                    doc: "MLPClassifier([784, 256, 10]); layers are named layers.0, layers.2, ... as a PyTorch nn.Sequential.") { args in
            let sizes = try args.integers(0)
            let weights = zip(sizes, sizes.dropFirst()).reduce(0.0) { $0 + Double($1.0) * Double($1.1 + 1) }
            try checkModelSize(weights, "MLPClassifier")
            return try MLPClassifier(sizes: sizes, activation: try args.activation(1), dropout: Float(try args.number(2)))
        }
    }
}

/// Roughly how many scalars a GPT with `c` holds (in Double, so absurd sizes cannot overflow).
private func gptParameterEstimate(_ c: GPTConfig) -> Double {
    let d = Double(c.dModel), hidden = Double(c.mlpHidden)
    let block = 4 * (d * d + d) + 2 * d * hidden + hidden + 5 * d
    let embeddings = Double(c.vocabSize + c.contextLength) * d
    return embeddings + Double(c.layers) * block + 2 * d + (c.tieWeights ? 0 : Double(c.vocabSize) * d)
}

/// Refuses a model too large to allocate, before any allocation (a failed allocation would abort
/// the process rather than report an error).
private func checkModelSize(_ scalars: Double, _ name: String) throws {
    guard scalars <= Double(Shape.maxElements) else {
        throw TensorError(name, "the model would hold about \(formatNumber(scalars.rounded())) parameters, more than the limit \(Shape.maxElements)")
    }
}
