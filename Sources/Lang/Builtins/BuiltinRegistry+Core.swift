import Foundation

/// Monotonic reference point for `clock()`.
private let processStart = ContinuousClock.now

extension BuiltinRegistry {
    func registerCoreBuiltins() {
        _ = processStart
        define("print", [.variadic("values"), .optional("sep", .string(" ")), .optional("end", .string("\n"))],
               "Write values separated by sep and followed by end.",
               doc: "Numbers print in shortest round-trip form (0.1, 3), strings without quotes.") { args in
            guard case .list(let values) = args[0] else { return .nil }
            let sep = try args.string(1), end = try args.string(2)
            args.write(values.items.map(\.description).joined(separator: sep) + end)
            return .nil
        }
        define("str", [.optional("value", .string(""))], "The value as text, as print shows it.") { args in
            .string(args[0].description)
        }
        define("repr", [.required("value")], "The value as the REPL shows it (strings quoted).") { args in
            .string(args[0].repr)
        }
        define("type", [.required("value")], "The type name of a value: number, string, list, ...") { args in
            .string(args[0].typeName)
        }
        define("len", [.required("value")], "Number of elements of a list, dict, string or range.") { args in
            switch args[0] {
            case .list(let l): return .number(Double(l.items.count))
            case .dict(let d): return .number(Double(d.count))
            case .string(let s): return .number(Double(s.count))
            case .range(let r): return .number(Double(r.count))
            case .tensor(let t):
                guard let first = t.shape.first else { throw RuntimeError("len() of a 0-d tensor", hint: "use t.item()") }
                return .number(Double(first))
            case .native(let o):
                if let items = try o.elements() { return .number(Double(items.count)) }
            default: break
            }
            throw args.typeError(0, expected: "a list, dict, string or range")
        }
        define("assert", [.required("condition"), .optional("message", .string("assertion failed"))],
               "Stop with an error unless condition is true.") { args in
            if args[0].isTruthy { return .nil }
            throw RuntimeError("assertion failed: \(args[1].description)")
        }
        define("error", [.required("message")], "Stop with an error carrying message.") { args in
            throw RuntimeError(args[0].description)
        }
        define("range", [.required("start"), .optional("stop"), .optional("step", .number(1))],
               "Numbers from start (default 0) up to, not including, stop, by step.",
               doc: "range(n) is 0, 1, ..., n-1; range(a, b) is a, ..., b-1; range(a, b, step) counts by step. "
                   + "Ranges are lazy: a for loop over range(1000000) builds no list.") { args in
            var start = try args.number(0), stop = start
            if args.isNil(1) { start = 0 } else { stop = try args.number(1) }
            let step = try args.number(2)
            guard step != 0 else { throw RuntimeError("range() step cannot be zero") }
            guard start.isFinite, stop.isFinite, step.isFinite else {
                throw RuntimeError("range() arguments must be finite numbers")
            }
            return .range(RangeRef(start: start, stop: stop, step: step))
        }
        define("clock", [], "Seconds since the program started (monotonic), for timing.") { _ in
            let start = processStart  // initialised before `now` is read
            let d = ContinuousClock.now - start
            return .number(Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
        }
        define("bool", [.required("value")], "The truth value: false for nil, false, 0, \"\" and empties.") { args in
            .bool(args[0].isTruthy)
        }
        define("number", [.required("value")], "A number from a number, bool or numeric string.") { args in
            switch args[0] {
            case .number: return args[0]
            case .bool(let b): return .number(b ? 1 : 0)
            case .string(let s):
                let t = s.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
                if let x = Double(t) { return .number(x) }
                throw RuntimeError("cannot convert \(args[0].repr) to a number")
            default: throw args.typeError(0, expected: "a number, bool or string")
            }
        }
        define("int", [.required("value")], "The number truncated toward zero.") { args in
            let x = try args.number(0)
            guard x.isFinite else { throw RuntimeError("int() of \(formatNumber(x))") }
            return .number(x.rounded(.towardZero))
        }
        define("help", [.required("value")], "Documentation of a builtin or function.") { args in
            .string(helpText(args[0]))
        }
    }
}

/// What `help(x)` says about a value.
func helpText(_ value: Value) -> String {
    switch value {
    case .builtin(let b):
        return [b.signature, b.summary, b.doc].filter { !$0.isEmpty }.joined(separator: "\n")
    case .function(let f):
        return "\(f.signature)\ndefined at \(f.range)"
    default:
        return "\(value.typeName) value"
    }
}
