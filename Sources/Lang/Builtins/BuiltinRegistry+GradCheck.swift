import Engine

extension BuiltinRegistry {
    func registerGradCheck() {
        define("gradcheck", [.required("f"), .required("inputs"), .optional("eps", .number(1e-3)),
                             .optional("atol", .number(1e-3)), .optional("rtol", .number(1e-2))],
               "Compares autograd with finite differences of f at inputs (a list of tensors).",
               doc: "Returns one dict per input: max_abs_error, max_rel_error and passed. f receives copies of the inputs and must return a tensor.") { args in
            let callee = args[0]
            let inputs = try args.list(1).items.map { try $0.asTensor("gradcheck() input") }
            let reports = try Value.engine {
                try GradCheck.check({ tensors in
                    let result = try args.call(callee, tensors.map { .tensor($0) })
                    return try result.asTensor("gradcheck() result of f")
                }, inputs: inputs, eps: try args.number(2), atol: try args.number(3), rtol: try args.number(4))
            }
            return .list(reports.map { r in
                let d = DictRef()
                d[.string("input")] = .number(Double(r.index))
                d[.string("max_abs_error")] = .number(r.maxAbsError)
                d[.string("max_rel_error")] = .number(r.maxRelError)
                d[.string("passed")] = .bool(r.passed)
                return .dict(d)
            })
        }
    }
}
