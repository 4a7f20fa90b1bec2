import Engine

/// An engine optimizer (SGD, Adam, AdamW, RMSprop) as an Alinea value: `opt.step()`,
/// `opt.zero_grad()`, `opt.lr` (readable and settable), `opt.step_count`.
final class OptimizerObject: NativeObject {
    /// The wrapped optimizer.
    let optimizer: any Optimizer
    /// The constructor's name (`AdamW`), shown by `type()` and `print`.
    let name: String

    /// Wraps `optimizer`, created by the constructor called `name`.
    init(_ optimizer: any Optimizer, name: String) {
        self.optimizer = optimizer
        self.name = name
    }

    var typeName: String { name }

    /// `AdamW(lr=0.001, betas=[0.9, 0.999], ..., 12 tensors, step 3)`.
    var description: String {
        let state = optimizer.exportState()
        let hyper = state.hyperparameters.sorted { $0.key < $1.key }.map { "\($0.key)=\(formatNumber($0.value))" }
        return "\(name)(\(hyper.joined(separator: ", ")); \(optimizer.parameters.count) tensors, step \(optimizer.stepCount))"
    }

    var memberNames: [String] { OptimizerObject.methods.names + ["lr", "step_count", "hyperparameters", "weight_decay"] }

    func attribute(_ name: String) throws -> Value? {
        switch name {
        case "lr": return .number(optimizer.learningRate)
        case "step_count": return .number(Double(optimizer.stepCount))
        case "hyperparameters":
            let h = optimizer.exportState().hyperparameters.sorted { $0.key < $1.key }
            return .dict(DictRef(h.map { (.string($0.key), .number($0.value)) }))
        case "weight_decay": return weightDecay.map { .number($0) }
        default: return nil
        }
    }

    func setAttribute(_ name: String, to value: Value) throws -> Bool {
        guard name == "lr" || name == "weight_decay" else { return false }
        guard case .number(let x) = value, x.isFinite, x >= 0 else {
            throw RuntimeError("\(self.name).\(name) must be a finite number ≥ 0, not \(value.repr)")
        }
        if name == "lr" { optimizer.learningRate = x } else { weightDecay = x }
        return true
    }

    func method(_ name: String) -> Builtin? { OptimizerObject.methods[name] }

    /// The weight decay of whichever optimizer this is.
    private var weightDecay: Double? {
        get {
            switch optimizer {
            case let o as SGD: return o.weightDecay
            case let o as Adam: return o.weightDecay
            case let o as AdamW: return o.weightDecay
            case let o as RMSprop: return o.weightDecay
            default: return nil
            }
        }
        set {
            guard let newValue else { return }
            switch optimizer {
            case let o as SGD: o.weightDecay = newValue
            case let o as Adam: o.weightDecay = newValue
            case let o as AdamW: o.weightDecay = newValue
            case let o as RMSprop: o.weightDecay = newValue
            default: break
            }
        }
    }

    /// The shared method table.
    static let methods = MethodTable([
        nativeMethod("step", [], "Applies one update to every parameter that has a gradient (frozen ones are skipped).") { args in
            let o = try args.receiver(OptimizerObject.self).optimizer
            try Value.engine { try o.step() }
            return .nil
        },
        nativeMethod("zero_grad", [], "Drops every parameter's gradient, so the next backward starts fresh.") { args in
            try args.receiver(OptimizerObject.self).optimizer.zeroGrad()
            return .nil
        },
        nativeMethod("state", [], "A snapshot of the state: kind, step_count, hyperparameters and buffers (kind → name → tensor).",
                     doc: "Buffers are copies (exp_avg, exp_avg_sq, momentum_buffer, square_avg, ...) keyed by parameter name; "
                         + "save_checkpoint stores the same state.") { args in
            let state = try args.receiver(OptimizerObject.self).optimizer.exportState()
            let buffers = state.buffers.keys.sorted().map { kind -> (DictKey, Value) in
                let byName = state.buffers[kind] ?? [:]
                return (.string(kind), .dict(DictRef(byName.keys.sorted().map { (.string($0), byName[$0].map(Value.tensor) ?? .nil) })))
            }
            let entries: [(String, Value)] = [
                ("kind", .string(state.kind)), ("step_count", .number(Double(state.stepCount))),
                ("hyperparameters", .dict(DictRef(state.hyperparameters.keys.sorted().map { (.string($0), .number(state.hyperparameters[$0] ?? 0)) }))),
                ("buffers", .dict(DictRef(buffers))),
            ]
            return .dict(DictRef(entries.map { (.string($0.0), $0.1) }))
        },
        nativeMethod("parameters", [], "The tensors this optimizer updates.") { args in
            .list(try args.receiver(OptimizerObject.self).optimizer.parameters.map { .tensor($0.tensor) })
        },
        nativeMethod("named_parameters", [], "A dict from parameter name (the key of its optimizer state) to tensor.") { args in
            let ps = try args.receiver(OptimizerObject.self).optimizer.parameters
            return .dict(DictRef(ps.map { (.string($0.name), .tensor($0.tensor)) }))
        },
    ])
}
