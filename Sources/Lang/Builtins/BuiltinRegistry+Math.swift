import Foundation

extension BuiltinRegistry {
    /// A one-argument math function on numbers. (Tensor support: the engine binding re-registers
    /// these names with bodies that handle `.tensor` and fall back to these for numbers.)
    private func unary(_ name: String, _ summary: String, _ f: @escaping (Double) -> Double) {
        define(name, [.required("x")], summary) { args in .number(f(try args.number(0))) }
    }

    func registerMathBuiltins() {
        unary("abs", "Absolute value.") { Swift.abs($0) }
        unary("floor", "Largest integer not above x.") { $0.rounded(.down) }
        unary("ceil", "Smallest integer not below x.") { $0.rounded(.up) }
        unary("sqrt", "Square root (nan for negative x).") { Foundation.sqrt($0) }
        unary("exp", "e to the power x.") { Foundation.exp($0) }
        unary("log", "Natural logarithm (-inf at 0, nan below).") { Foundation.log($0) }
        unary("sin", "Sine (radians).") { Foundation.sin($0) }
        unary("cos", "Cosine (radians).") { Foundation.cos($0) }
        unary("tanh", "Hyperbolic tangent.") { Foundation.tanh($0) }
        define("isnan", [.required("x")], "True when x is not a number (nan).") { args in
            .bool(try args.number(0).isNaN)
        }
        define("pow", [.required("x"), .required("y")], "x to the power y.") { args in
            .number(Foundation.pow(try args.number(0), try args.number(1)))
        }
        define("round", [.required("x"), .optional("digits", .number(0))],
               "x rounded to digits decimals, halves to even.") { args in
            let x = try args.number(0)
            let digits = try args.integer(1)
            guard digits != 0 else { return .number(x.rounded(.toNearestOrEven)) }
            guard abs(digits) <= 300 else { throw RuntimeError("round() digits must be between -300 and 300") }
            let scale = Foundation.pow(10, Double(digits))
            let r = (x * scale).rounded(.toNearestOrEven) / scale
            // Scaling overflowed or lost the value: the original is already as precise as asked.
            return .number(r.isFinite ? r : x)
        }
        define("min", [.variadic("values"), .optional("key")],
               "Smallest of the arguments, or of one list argument.") { args in
            try extremeValue(args, wantMax: false)
        }
        define("max", [.variadic("values"), .optional("key")],
               "Largest of the arguments, or of one list argument.") { args in
            try extremeValue(args, wantMax: true)
        }
        define("sum", [.required("values"), .optional("start", .number(0))],
               "start plus all elements of a list or range.") { args in
            if case .tensor(let t) = args[0] { return .tensor(try Value.engine { try t.sum() }) }
            let items = try args.interpreter.elements(of: args[0])
            var total = args[1]
            for item in items {
                if case .number(let a) = total, case .number(let b) = item {
                    total = .number(a + b)
                } else {
                    total = try Value.binary(.add, total, item)
                }
            }
            return total
        }
    }
}

/// `min`/`max` over the arguments, or over the elements of a single argument.
private func extremeValue(_ args: Arguments, wantMax: Bool) throws -> Value {
    guard case .list(let list) = args[0] else { return .nil }
    var items = list.items
    if items.count == 1 {
        items = try args.interpreter.elements(of: items[0])
    }
    guard var best = items.first else {
        throw RuntimeError("\(args.builtin.name)() of an empty sequence")
    }
    let key = args[1]
    func measure(_ v: Value) throws -> Value { key.isNil ? v : try args.call(key, [v]) }
    var bestKey = try measure(best)
    for item in items.dropFirst() {
        let k = try measure(item)
        let better = wantMax ? try valueLess(bestKey, k) : try valueLess(k, bestKey)
        if better {
            best = item
            bestKey = k
        }
    }
    return best
}

extension BuiltinRegistry {
    /// Constants defined as globals alongside the builtins.
    public static var constants: [(String, Value)] {
        [("inf", .number(.infinity)), ("nan", .number(.nan)), ("pi", .number(.pi))]
    }
}
