import Engine

/// An engine `Module` (layer or model) as an Alinea value.
///
/// Calling it runs `forward`; attributes reach its parameters (`lin.weight`), submodules
/// (`model.blocks`) and a few read-only facts per layer type; methods come from shared tables
/// (`ModuleObject+Methods`, `ModuleObject+GPT`). Wrappers are cheap and made on demand, so two
/// wrappers of one module compare equal with `==`.
final class ModuleObject: NativeObject {
    /// The wrapped module.
    let module: Engine.Module
    /// The root of its tree: parents are weak in the engine, so a script holding only
    /// `model.blocks[0]` keeps the model alive (and the block's path meaningful) through this.
    private let root: Engine.Module

    /// Wraps `module`.
    init(_ module: Engine.Module) {
        self.module = module
        self.root = module.rootModule
    }

    /// The layer's type name (`Linear`, `GPT`, `gelu` for an activation layer).
    var typeName: String { module.typeName }

    /// A PyTorch-style nested repr.
    var description: String { ModuleRepr.describe(module) }

    /// Methods, fixed attributes, parameter and child names.
    var memberNames: [String] {
        var names = ModuleObject.methods.names + ["training", "parameter_count", "path"]
        if module is GPT { names += ModuleObject.gptMethods.names }
        names += typeAttributes.keys
        names += module.localParameters.map(\.name) + module.children.map(\.name)
        return names
    }

    func attribute(_ name: String) throws -> Value? {
        switch name {
        case "training": return .bool(module.isTraining)
        case "parameter_count": return .number(Double(module.parameterCount))
        case "path": return .string(module.path)
        default: break
        }
        if let t = module.localParameters.first(where: { $0.name == name })?.tensor { return .tensor(t) }
        if let c = module.child(name) { return .native(ModuleObject(c)) }
        return typeAttributes[name]
    }

    func setAttribute(_ name: String, to value: Value) throws -> Bool {
        if name == "training" {
            module.train(value.isTruthy)
            return true
        }
        // Assigning a new name builds a model by hand: `m.fc = Linear(2, 3)`, `m.scale = tensor(...)`.
        switch value {
        case .native(let o as ModuleObject):
            try Value.engine { try module.addModule(name, o.module) }
            return true
        case .tensor(let t):
            try Value.engine { try module.addParameter(name, t) }
            return true
        default:
            return false
        }
    }

    func method(_ name: String) -> Builtin? {
        if let m = ModuleObject.methods[name] { return m }
        return module is GPT ? ModuleObject.gptMethods[name] : nil
    }

    var callable: Builtin? { ModuleObject.methods["forward"] }

    /// A module list (`Sequential`) iterates over its modules.
    func elements() throws -> [Value]? {
        guard let s = module as? Sequential else { return nil }
        return s.modules.map { .native(ModuleObject($0)) }
    }

    /// `seq[0]` (a `Sequential`'s module, negative from the end) or `model["blocks.0.attn"]`
    /// (a submodule or parameter by dotted path).
    func index(_ components: [IndexComponent]) throws -> Value? {
        guard components.count == 1, case .index(let key)? = components.first else {
            throw RuntimeError("\(typeName) takes one index: a position or a dotted path")
        }
        switch key {
        case .number(let x):
            guard let s = module as? Sequential else {
                throw RuntimeError("\(typeName) cannot be indexed by position", hint: "use a dotted path such as m[\"blocks.0\"]")
            }
            let i = try Value.integer(from: x, what: "\(typeName) index")
            return .native(ModuleObject(try Value.engine { try s.module(i) }))
        case .string(let path):
            if let m = try? module.module(at: path) { return .native(ModuleObject(m)) }
            if let t = try? module.parameter(at: path) { return .tensor(t) }
            let names = module.namedModules().map(\.path).filter { !$0.isEmpty } + module.namedParameters().map(\.path)
            throw RuntimeError("\(typeName) has no submodule or parameter '\(path)'", hint: Suggestions.hint(for: path, in: names))
        default:
            throw RuntimeError("\(typeName) index must be a number or a string, not \(key.typeName)")
        }
    }

    /// `==` compares the wrapped modules.
    func binary(_ op: BinaryOperator, _ other: Value, selfOnLeft: Bool) throws -> Value? {
        guard op == .equal || op == .notEqual else { return nil }
        var same = false
        if case .native(let o as ModuleObject) = other { same = o.module === module }
        return .bool(op == .equal ? same : !same)
    }

    /// Read-only facts of the built-in layer types.
    private var typeAttributes: [String: Value] {
        func n(_ x: Int) -> Value { .number(Double(x)) }
        switch module {
        // An absent bias reads as nil rather than "no attribute", as in PyTorch.
        case let l as Linear: return ["in_features": n(l.inFeatures), "out_features": n(l.outFeatures), "bias": .nil]
        case let e as Embedding: return ["count": n(e.count), "dim": n(e.dim)]
        case let l as LayerNorm: return ["dim": n(l.dim), "eps": .number(shortDouble(l.eps)), "bias": .nil]
        case let d as Dropout: return ["p": .number(shortDouble(d.p))]
        case let a as CausalSelfAttention: return ["d_model": n(a.dModel), "heads": n(a.heads)]
        case let c as MLPClassifier: return ["sizes": .list(c.sizes.map(n))]
        case let a as ActivationLayer: return ["activation": .string(a.activation.rawValue)]
        case let s as Sequential: return ["count": n(s.count)]
        case let g as GPT: return ["config": ModuleObject.configDict(g.config)]
        default: return [:]
        }
    }

    /// A GPT configuration as the dict `GPT(...)` accepts by name.
    static func configDict(_ c: GPTConfig) -> Value {
        func n(_ x: Int) -> Value { .number(Double(x)) }
        let pairs: [(String, Value)] = [
            ("vocab_size", n(c.vocabSize)), ("context", n(c.contextLength)), ("d_model", n(c.dModel)),
            ("heads", n(c.heads)), ("layers", n(c.layers)), ("mlp_ratio", .number(c.mlpRatio)),
            ("tie_weights", .bool(c.tieWeights)), ("dropout", .number(shortDouble(c.dropout))),
            ("value_head", .bool(c.valueHead)), ("bias", .bool(c.bias)), ("activation", .string(c.activation.rawValue)),
        ]
        return .dict(DictRef(pairs.map { (.string($0.0), $0.1) }))
    }
}
