import Engine

/// Optimizer constructors and learning-rate schedules.
extension BuiltinRegistry {
    func registerOptimizerBuiltins() {
        let paramsDoc = "params: a module or any parameter tree (a list or dict of tensors and modules); "
            + "its paths name the optimizer state in checkpoints. Parameters without a gradient, or frozen, are skipped."
        optimizer("SGD", [.optional("lr", .number(0.001)), .optional("momentum", .number(0)), .optional("nesterov", .bool(false)),
                          .optional("weight_decay", .number(0)), .optional("dampening", .number(0))],
                  "Stochastic gradient descent with optional momentum, Nesterov momentum and L2 weight decay (as PyTorch).",
                  doc: paramsDoc) { params, args in
            try SGD(params, lr: try args.number(1), momentum: try args.number(2), dampening: try args.number(5),
                    weightDecay: try args.number(4), nesterov: args.bool(3))
        }
        let adamParams: (Double) -> [Parameter] = { decay in
            [.optional("lr", .number(0.001)), .optional("betas", .list([.number(0.9), .number(0.999)])),
             .optional("eps", .number(1e-8)), .optional("weight_decay", .number(decay))]
        }
        optimizer("Adam", adamParams(0), "Adam with PyTorch's update; weight_decay adds an L2 term to the gradient.", doc: paramsDoc) { params, args in
            try Adam(params, lr: try args.number(1), betas: try betas(args, 2), eps: try args.number(3), weightDecay: try args.number(4))
        }
        optimizer("AdamW", adamParams(0.01), "AdamW: Adam with decoupled weight decay (θ ← θ·(1 − lr·wd) each step).",
                  doc: paramsDoc) { params, args in
            try AdamW(params, lr: try args.number(1), betas: try betas(args, 2), eps: try args.number(3), weightDecay: try args.number(4))
        }
        optimizer("RMSprop", [.optional("lr", .number(0.01)), .optional("alpha", .number(0.99)), .optional("eps", .number(1e-8)),
                              .optional("weight_decay", .number(0)), .optional("momentum", .number(0)), .optional("centered", .bool(false))],
                  "RMSprop with PyTorch's update and defaults (SAMI's optimizer).", doc: paramsDoc) { params, args in
            try RMSprop(params, lr: try args.number(1), alpha: try args.number(2), eps: try args.number(3),
                        weightDecay: try args.number(4), momentum: try args.number(5), centered: args.bool(6))
        }
        registerSchedules()
    }

    /// Registers an optimizer constructor whose first parameter is `params`.
    private func optimizer(_ name: String, _ params: [Parameter], _ summary: String, doc: String,
                           _ build: @escaping ([(String, Tensor)], Arguments) throws -> any Optimizer) {
        define(name, [.required("params")] + params, summary, doc: doc) { args in
            let entries = try TreeValue.entries(args[0], what: "\(name)() argument 'params'")
            guard !entries.isEmpty else { throw RuntimeError("\(name)() argument 'params' holds no tensors") }
            return .native(OptimizerObject(try Value.engine { try build(entries.map { ($0.path, $0.tensor) }, args) }, name: name))
        }
    }

    private func registerSchedules() {
        let kinds = ["constant", "warmup", "linear", "cosine"]
        define("lr_schedule", [.required("kind"), .required("peak"), .optional("warmup", .number(0)), .optional("total"),
                               .optional("minimum", .number(0))],
               "A learning-rate schedule: sched(step) is the rate; sched.apply(opt) sets opt.lr for its next step.",
               doc: "kind: \"constant\" (peak always), \"warmup\" (linear warm-up over warmup steps, then peak), "
                   + "\"linear\" (warm-up, then linear decay to minimum at step total) or \"cosine\" (warm-up, then half a "
                   + "cosine down to minimum at step total). Warm-up reaches peak at step warmup − 1.") { args in
            let kind = try args.string(0), peak = try args.number(1), warmup = try args.integer(2), minimum = try args.number(4)
            guard peak.isFinite, peak >= 0, minimum.isFinite, minimum >= 0 else {
                throw RuntimeError("lr_schedule(): peak and minimum must be finite numbers ≥ 0")
            }
            guard warmup >= 0 else { throw RuntimeError("lr_schedule() argument 'warmup' must be ≥ 0, got \(warmup)") }
            func total() throws -> Int {
                guard let t = try args.optionalInteger(3) else {
                    throw RuntimeError("lr_schedule() argument 'total' is required for a \(kind) schedule")
                }
                guard t > warmup else { throw RuntimeError("lr_schedule() argument 'total' (\(t)) must exceed warmup (\(warmup))") }
                return t
            }
            switch kind {
            case "constant": return .native(ScheduleObject(.constant(peak)))
            case "warmup": return .native(ScheduleObject(.linearWarmup(peak: peak, warmup: warmup)))
            case "linear": return .native(ScheduleObject(.linearDecay(peak: peak, warmup: warmup, total: try total(), end: minimum)))
            case "cosine": return .native(ScheduleObject(.cosine(peak: peak, warmup: warmup, total: try total(), minimum: minimum)))
            default:
                throw RuntimeError("lr_schedule() argument 'kind': unknown schedule \"\(kind)\"",
                                   hint: Suggestions.hint(for: kind, in: kinds) ?? "choose one of \(kinds.joined(separator: ", "))")
            }
        }
    }
}

/// Adam's betas from a two-number list.
private func betas(_ args: Arguments, _ i: Int) throws -> (Double, Double) {
    let items = try args.list(i).items
    guard items.count == 2, case .number(let b1) = items[0], case .number(let b2) = items[1] else {
        throw args.typeError(i, expected: "a list of two numbers")
    }
    return (b1, b2)
}
