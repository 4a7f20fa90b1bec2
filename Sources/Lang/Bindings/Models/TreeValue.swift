import Engine

/// Parameter trees as the language sees them: a module, a tensor, or lists and dicts nesting
/// modules and tensors. Paths join the steps with dots: a module's own paths
/// (`blocks.0.attn.q.weight`), list positions (`0`, `1.weight`) and dict keys (`policy.lm_head.weight`).
enum TreeValue {
    /// Deepest nesting of lists and dicts accepted (a cyclic list would otherwise never end).
    static let maxDepth = 64

    /// The named tensors of `value`, in order; `what` names the argument in errors.
    static func entries(_ value: Value, what: String) throws -> [(path: String, tensor: Tensor)] {
        // A lone tensor is a one-entry tree under its own name.
        if case .tensor(let t) = value { return [(t.name ?? "0", t)] }
        var out: [(path: String, tensor: Tensor)] = []
        try collect(value, prefix: "", depth: 0, what: what, into: &out)
        return out
    }

    /// The tree of `value`, with duplicates removed (a tied tensor counts once).
    static func tree(_ value: Value, what: String) throws -> ParameterTree {
        if case .native(let o) = value, let m = o as? ModuleObject { return m.module.parameterTree }
        do {
            return try ParameterTree(entries(value, what: what))
        } catch let e as TensorError {
            throw RuntimeError("\(what): \(e.reason)")
        }
    }

    /// True for a tensor or a plain list of tensors, whose paths are positions: they match other
    /// trees by position.
    static func isPositional(_ value: Value) -> Bool {
        if case .tensor = value { return true }
        guard case .list(let l) = value else { return false }
        return l.items.allSatisfy { if case .tensor = $0 { return true }; return false }
    }

    private static func collect(_ value: Value, prefix: String, depth: Int, what: String,
                                into out: inout [(path: String, tensor: Tensor)]) throws {
        guard depth <= maxDepth else { throw RuntimeError("\(what): lists and dicts nested too deeply for a parameter tree") }
        func join(_ name: String) -> String { prefix.isEmpty ? name : prefix + "." + name }
        switch value {
        case .tensor(let t):
            out.append((prefix, t))
        case .native(let o):
            guard let m = o as? ModuleObject else {
                throw RuntimeError("\(what): a parameter tree holds modules and tensors, found \(o.typeName)\(prefix.isEmpty ? "" : " at '\(prefix)'")")
            }
            for (p, t) in m.module.namedParameters() { out.append((join(p), t)) }
        case .list(let l):
            for (k, item) in l.items.enumerated() {
                try collect(item, prefix: join(String(k)), depth: depth + 1, what: what, into: &out)
            }
        case .dict(let d):
            for (k, key) in d.keys.enumerated() {
                let name: String
                switch key {
                case .string(let s): name = s
                case .number(let x): name = formatNumber(x)
                }
                try collect(d.values[k], prefix: join(name), depth: depth + 1, what: what, into: &out)
            }
        default:
            throw RuntimeError("\(what) must be a module, a tensor, or a list or dict of them, found \(value.typeName)\(prefix.isEmpty ? "" : " at '\(prefix)'")")
        }
    }

    /// A deep copy with the same structure: modules copied as modules, tensors as fresh leaves
    /// (same `requires_grad`, no gradient); one context keeps tensors shared in the original shared.
    static func copy(_ value: Value, context: ModuleCopyContext, depth: Int = 0, what: String) throws -> Value {
        guard depth <= maxDepth else { throw RuntimeError("\(what): lists and dicts nested too deeply for a parameter tree") }
        switch value {
        case .tensor(let t):
            return .tensor(context.tensor(t))
        case .native(let o):
            guard let m = o as? ModuleObject else {
                throw RuntimeError("\(what): a parameter tree holds modules and tensors, found \(o.typeName)")
            }
            return .native(ModuleObject(try Value.engine { try context.module(m.module) }))
        case .list(let l):
            return .list(try l.items.map { try copy($0, context: context, depth: depth + 1, what: what) })
        case .dict(let d):
            let out = DictRef()
            for (k, key) in d.keys.enumerated() { out[key] = try copy(d.values[k], context: context, depth: depth + 1, what: what) }
            return .dict(out)
        default:
            throw RuntimeError("\(what) must be a module, a tensor, or a list or dict of them, found \(value.typeName)")
        }
    }

    /// Pairs the trees of arguments `d` (destination) and `s` (source) for loads and updates: by
    /// position when either is a tensor or a plain list of tensors (its paths are only positions),
    /// by path otherwise. In the positional case the source is renamed to the destination's paths.
    static func aligned(_ args: Arguments, _ d: Int, _ s: Int) throws -> (destination: ParameterTree, source: ParameterTree) {
        let (dName, sName) = (args.parameterName(d), args.parameterName(s))
        let dst = try tree(args[d], what: "\(args.builtin.name)() argument '\(dName)'")
        let src = try tree(args[s], what: "\(args.builtin.name)() argument '\(sName)'")
        guard isPositional(args[d]) || isPositional(args[s]) else { return (dst, src) }
        guard dst.tensorCount == src.tensorCount else {
            throw RuntimeError("\(args.builtin.name)(): '\(dName)' has \(dst.tensorCount) tensor\(dst.tensorCount == 1 ? "" : "s") "
                               + "but '\(sName)' has \(src.tensorCount); a list matches another tree by position")
        }
        let renamed = try Value.engine { try ParameterTree(zip(dst.paths, src.tensors).map { ($0, $1) }) }
        return (dst, renamed)
    }
}
