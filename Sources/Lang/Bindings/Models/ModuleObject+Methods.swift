import Engine

/// Methods every module has.
extension ModuleObject {
    /// The shared method table; `forward` is also what `model(x)` runs.
    static let methods = MethodTable([
        nativeMethod("forward", [.required("input")], "Runs the module on input (a GPT takes token ids and returns logits).") { args in
            let m = try args.receiver(ModuleObject.self).module
            let x = try args.tensor(0)
            return .tensor(try Value.engine { try m.forward(x) })
        },
        nativeMethod("parameters", [], "The parameter tensors, each once (tied weights appear once).") { args in
            .list(try args.receiver(ModuleObject.self).module.parameters().map { .tensor($0) })
        },
        nativeMethod("named_parameters", [], "A dict from dotted path (blocks.0.attn.q.weight) to parameter tensor, in registration order.") { args in
            let named = try args.receiver(ModuleObject.self).module.namedParameters()
            return .dict(DictRef(named.map { (.string($0.path), .tensor($0.tensor)) }))
        },
        nativeMethod("named_modules", [], "A dict from dotted path to submodule, the module itself under \"\".") { args in
            let named = try args.receiver(ModuleObject.self).module.namedModules()
            return .dict(DictRef(named.map { (.string($0.path), .native(ModuleObject($0.module))) }))
        },
        nativeMethod("num_parameters", [.optional("trainable_only", .bool(false))],
               "Number of scalar parameters (each tied tensor once); only unfrozen ones with trainable_only.") { args in
            let m = try args.receiver(ModuleObject.self).module
            return .number(Double(args.bool(0) ? m.trainableParameterCount : m.parameterCount))
        },
        nativeMethod("train", [.optional("mode", .bool(true))], "Sets training mode (dropout active) here and below; returns the module.") { args in
            try args.receiver(ModuleObject.self).module.train(args.bool(0))
            return args.receiver
        },
        nativeMethod("eval", [], "Sets evaluation mode (dropout off) here and below; returns the module.") { args in
            try args.receiver(ModuleObject.self).module.eval()
            return args.receiver
        },
        nativeMethod("copy", [], "A deep copy: new tensors with the same values, tied weights still tied, modes and frozen flags kept, no gradients.") { args in
            let m = try args.receiver(ModuleObject.self).module
            return .native(ModuleObject(try Value.engine { try m.copy() }))
        },
        nativeMethod("freeze", [], "Stops gradients for every parameter (a frozen reference model); returns the module.") { args in
            try args.receiver(ModuleObject.self).module.freeze()
            return args.receiver
        },
        nativeMethod("unfreeze", [], "Re-enables gradients for every parameter; returns the module.") { args in
            try args.receiver(ModuleObject.self).module.unfreeze()
            return args.receiver
        },
        nativeMethod("zero_grad", [], "Drops the gradient of every parameter.") { args in
            try args.receiver(ModuleObject.self).module.zeroGrad()
            return .nil
        },
        nativeMethod("summary", [.required("input")],
               "A torchinfo-style table of modules, output shapes and parameter counts for a sample input.",
               doc: "Runs input through the module once (no graph, dropout off, modes restored). "
                   + "Printing the result shows the table; .total, .trainable and .rows give the numbers.") { args in
            let m = try args.receiver(ModuleObject.self).module
            let x = try args.tensor(0)
            return .native(ModelSummaryObject(try Value.engine { try ModelSummary(module: m, input: x) }))
        },
        nativeMethod("with_parameters", [.required("params")],
                     "The same architecture running on the given tensors (shared, not copied): a functional call.",
                     doc: "params: a list (or any parameter tree) of tensors in named_parameters() order with matching "
                         + "shapes. Gradients flow into those tensors, which meta-learning and gradient checks need.") { args in
            let m = try args.receiver(ModuleObject.self).module
            let tensors = try TreeValue.entries(args[0], what: "with_parameters() argument 'params'").map(\.tensor)
            return .native(ModuleObject(try Value.engine { try m.rebinding(parameters: tensors) }))
        },
        nativeMethod("add_module", [.required("name"), .required("module")],
               "Registers a submodule under name (assembling a model by hand); m.name = module does the same.") { args in
            let m = try args.receiver(ModuleObject.self).module
            let child = try args.module(1)
            try Value.engine { try m.addModule(try args.string(0), child) }
            return .nil
        },
        nativeMethod("add_parameter", [.required("name"), .required("tensor")],
               "Registers a tensor as a parameter under name; m.name = tensor does the same.") { args in
            let m = try args.receiver(ModuleObject.self).module
            guard case .tensor(let t) = args[1] else { throw args.typeError(1, expected: "a tensor") }
            try Value.engine { try m.addParameter(try args.string(0), t) }
            return .nil
        },
    ])
}
