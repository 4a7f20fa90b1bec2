import Engine

/// Whole-tree operations on parameter trees (a module, or lists and dicts of modules and tensors),
/// plus the shared language-model loss helpers.
extension BuiltinRegistry {
    func registerTreeBuiltins() {
        let treeDoc = "A parameter tree is a module, a tensor, or a list or dict of modules and tensors (nested); "
            + "paths join module paths, list positions and dict keys with dots."
        define("count_parameters", [.required("tree"), .optional("trainable_only", .bool(false))],
               "Number of scalars in a parameter tree (a shared tensor once); only unfrozen ones with trainable_only.", doc: treeDoc) { args in
            let tree = try TreeValue.tree(args[0], what: "count_parameters() argument 'tree'")
            return .number(Double(args.bool(1) ? tree.trainableParameterCount : tree.parameterCount))
        }
        define("named_parameters", [.required("tree")], "A dict from path to tensor for any parameter tree.", doc: treeDoc) { args in
            let tree = try TreeValue.tree(args[0], what: "named_parameters() argument 'tree'")
            return .dict(DictRef(tree.entries.map { (.string($0.path), .tensor($0.tensor)) }))
        }
        define("copy_tree", [.required("tree")],
               "A deep copy of the same shape: modules stay modules, tensors become fresh leaves; shared tensors stay shared.",
               doc: treeDoc) { args in
            try TreeValue.copy(args[0], context: ModuleCopyContext(), what: "copy_tree() argument 'tree'")
        }
        define("zero_tree", [.required("tree")], "Sets every element of every tensor of the tree to zero, in place; returns the tree.",
               doc: treeDoc) { args in
            try TreeValue.tree(args[0], what: "zero_tree() argument 'tree'").zero()
            return args[0]
        }
        define("freeze", [.required("tree")], "Stops gradients for every tensor of the tree (requires_grad = false); returns the tree.",
               doc: treeDoc) { args in
            try TreeValue.tree(args[0], what: "freeze() argument 'tree'").freeze()
            return args[0]
        }
        define("unfreeze", [.required("tree")], "Re-enables gradients for every tensor of the tree; returns the tree.", doc: treeDoc) { args in
            try TreeValue.tree(args[0], what: "unfreeze() argument 'tree'").unfreeze()
            return args[0]
        }
        define("name_parameters", [.required("tree")],
               "Names every tensor of the tree by its path (as graphs and checkpoints show it); returns the tree.",
               doc: treeDoc + ". Modules name their parameters already; this is for lists and dicts built by hand.") { args in
            try TreeValue.tree(args[0], what: "name_parameters() argument 'tree'").assignNames()
            return args[0]
        }
        define("zero_grad", [.required("tree")], "Drops the gradient of every tensor of the tree.", doc: treeDoc) { args in
            try TreeValue.tree(args[0], what: "zero_grad() argument 'tree'").zeroGrad()
            return .nil
        }
        registerTreeUpdates(treeDoc)
        registerLanguageModelHelpers()
    }

    private func registerTreeUpdates(_ treeDoc: String) {
        let matchDoc = " Trees match by path; when either is a plain list of tensors, by position."
        define("ema_update", [.required("ema"), .required("model"), .required("decay")],
               "In place ema = decay·ema + (1 − decay)·model for every tensor (a moving-average copy of a model).",
               doc: treeDoc + "." + matchDoc) { args in
            let (ema, model) = try TreeValue.aligned(args, 0, 1)
            let decay = Float(try args.number(2))
            try treeUpdate(args) { try ema.emaUpdate(from: model, decay: decay) }
            return .nil
        }
        define("lerp_tree", [.required("tree"), .required("target"), .required("weight")],
               "In place tree = tree + weight·(target − tree) for every tensor (Elastic Reset, interpolation).",
               doc: treeDoc + "." + matchDoc) { args in
            let (tree, target) = try TreeValue.aligned(args, 0, 1)
            let weight = Float(try args.number(2))
            try treeUpdate(args) { try tree.lerp(toward: target, weight: weight) }
            return .nil
        }
        define("load_tree", [.required("destination"), .required("source"), .optional("strict", .bool(true))],
               "Copies the source tree's values into the destination's tensors in place; returns the paths loaded.",
               doc: treeDoc + "." + matchDoc + " Every shape is checked before anything is written; with strict = false "
                   + "only paths present in both load.") { args in
            let (dst, src) = try TreeValue.aligned(args, 0, 1)
            let loaded = try treeUpdate(args) { try dst.load(from: src, strict: args.bool(2)) }
            return .list(loaded.map { .string($0) })
        }
        define("clip_grad_norm", [.required("tree"), .required("max_norm")],
               "Scales all gradients so their global L2 norm is at most max_norm; returns the norm before clipping.",
               doc: treeDoc + ". Tensors without a gradient are ignored; a non-finite norm is returned without scaling.") { args in
            let tree = try TreeValue.tree(args[0], what: "clip_grad_norm() argument 'tree'")
            let maxNorm = try args.number(1)
            return .number(try treeUpdate(args) { try GradientClipping.clipGradNorm(tree.tensors, maxNorm: maxNorm) })
        }
    }

    private func registerLanguageModelHelpers() {
        define("sample_tokens", [.required("logits"), .optional("temperature", .number(1)), .optional("top_k")],
               "One token id per row of logits [B, vocab], drawn from the seeded generator (greedy when temperature is 0).",
               doc: "Logits are divided by temperature; with top_k only the k largest stay. Returns a list of B ids.") { args in
            let logits = try args.tensor(0)
            let ids = try Value.engine {
                try LanguageModeling.sampleTokens(logits: logits, temperature: try args.number(1), topK: try args.optionalInteger(2))
            }
            return TokenIDs.list(ids)
        }
        define("sequence_logps", [.required("logits"), .required("labels"), .optional("average", .bool(false)),
                                  .optional("ignore_index", .number(-100))],
               "Per-sequence log-probabilities [B] of labels [B, T] under logits [B, T, V], with the causal shift done once.",
               doc: "Logits at position t score label t+1; labels equal to ignore_index (prompt, padding) are skipped; "
                   + "the rest are summed, or averaged when average = true. Differentiable w.r.t. the logits.") { args in
            let logits = try args.tensor(0), labels = try args.tensor(1)
            return .tensor(try Value.engine {
                try LanguageModeling.sequenceLogps(logits: logits, labels: labels, average: args.bool(2), ignoreIndex: try args.integer(3))
            })
        }
    }
}

/// Runs a tree update, naming the builtin in engine errors (`ema_update(): 'w' has shape ...`).
private func treeUpdate<T>(_ args: Arguments, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let e as TensorError {
        throw RuntimeError("\(args.builtin.name)(): \(e.reason)")
    }
}
