import Engine

/// PyTorch-style text of a module tree: `Linear(in_features=4, out_features=2, bias=true)` for a
/// leaf, and one indented `(name): ...` line per child for a container.
enum ModuleRepr {
    /// The repr of `module` and everything below it.
    static func describe(_ module: Engine.Module) -> String {
        var out = ""
        write(module, indent: "", into: &out)
        return out
    }

    private static func write(_ module: Engine.Module, indent: String, into out: inout String) {
        let extra = extraRepr(module)
        out += module.typeName + "(" + extra
        guard !module.children.isEmpty else {
            out += ")"
            return
        }
        // As PyTorch: a container puts its own arguments on the first indented line.
        let inner = indent + "  "
        out += "\n"
        if !extra.isEmpty { out += inner + extra + "\n" }
        for (name, child) in module.children {
            out += inner + "(\(name)): "
            write(child, indent: inner, into: &out)
            out += "\n"
        }
        out += indent + ")"
    }

    /// The constructor-like arguments shown inside the parentheses.
    private static func extraRepr(_ module: Engine.Module) -> String {
        switch module {
        case let l as Linear:
            return "in_features=\(l.inFeatures), out_features=\(l.outFeatures), bias=\(l.bias != nil)"
        case let e as Embedding:
            return "\(e.count), \(e.dim)"
        case let l as LayerNorm:
            return "\(l.dim), eps=\(l.eps)"
        case let d as Dropout:
            return "p=\(d.p)"
        case let a as CausalSelfAttention:
            return "d_model=\(a.dModel), heads=\(a.heads)"
        case let g as GPT:
            let c = g.config
            return "vocab_size=\(c.vocabSize), context=\(c.contextLength), d_model=\(c.dModel), heads=\(c.heads), layers=\(c.layers)"
        default:
            // Parameters registered by hand on a container are listed by name and shape.
            guard type(of: module) == Engine.Module.self else { return "" }
            return module.localParameters.map { "\($0.name)=\(formatShape($0.tensor.shape))" }.joined(separator: ", ")
        }
    }
}
