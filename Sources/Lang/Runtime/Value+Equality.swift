extension Value {
    /// Structural equality: numbers, strings, bools and nil by value, lists and dicts element by
    /// element, functions and objects by identity. Numbers never equal strings (no coercion).
    public static func equal(_ a: Value, _ b: Value) throws -> Bool {
        try equal(a, b, depth: 0)
    }

    private static func equal(_ a: Value, _ b: Value, depth: Int) throws -> Bool {
        guard depth < maxPrintDepth else {
            throw RuntimeError("'==' on values nested more than \(maxPrintDepth) levels deep (a cycle?)")
        }
        switch (a, b) {
        case (.nil, .nil): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.list(let x), .list(let y)):
            if x === y { return true }
            guard x.items.count == y.items.count else { return false }
            for (p, q) in zip(x.items, y.items) where try !equal(p, q, depth: depth + 1) { return false }
            return true
        case (.dict(let x), .dict(let y)):
            if x === y { return true }
            guard x.count == y.count else { return false }
            for (i, k) in x.keys.enumerated() {
                guard let other = y[k], try equal(x.values[i], other, depth: depth + 1) else { return false }
            }
            return true
        case (.range(let x), .range(let y)):
            return x.count == y.count && (x.count == 0 || (x.start == y.start && x.step == y.step))
        case (.function(let x), .function(let y)): return x === y
        case (.builtin(let x), .builtin(let y)):
            guard x.name == y.name else { return false }
            if x === y { return true }
            return try equal(x.receiver, y.receiver, depth: depth + 1)
        case (.tensor(let x), .tensor(let y)):
            // Structural equality (list membership, dict values) compares identity; `==` between
            // tensors is elementwise and handled by the operator before it gets here.
            return x === y
        case (.native(let x), .native(let y)):
            if x === y { return true }
            if let r = try x.binary(.equal, b, selfOnLeft: true) { return r.isTruthy }
            return false
        case (.native(let x), _):
            if let r = try x.binary(.equal, b, selfOnLeft: true) { return r.isTruthy }
            return false
        case (_, .native(let y)):
            if let r = try y.binary(.equal, a, selfOnLeft: false) { return r.isTruthy }
            return false
        default:
            return false
        }
    }
}
