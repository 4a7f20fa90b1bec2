import Engine

/// Reading display data (plot series, metric values) out of language values.
extension Value {
    /// The value as one number: a number, a bool, or a tensor holding exactly one element (a
    /// loss), so `h.record(step, {"loss": loss})` needs no `.item()`.
    func metricNumber(_ what: String) throws -> Double {
        switch self {
        case .number(let x): return x
        case .bool(let b): return b ? 1 : 0
        case .tensor(let t) where t.count == 1: return Double(t.scalars[0])
        case .tensor(let t):
            throw RuntimeError("\(what) must be a number or a one-element tensor, not a tensor of shape "
                               + formatShape(t.shape))
        default:
            throw RuntimeError("\(what) must be a number, not \(typeName)")
        }
    }

    /// The value as a sequence of numbers for a plot: a list (of numbers, one-element tensors, or
    /// nil for a gap), a range, or a 0-d/1-d tensor.
    func plotNumbers(_ what: String) throws -> [Double] {
        switch self {
        case .list(let l):
            return try l.items.enumerated().map { i, item in
                if item.isNil { return .nan }
                return try item.metricNumber("\(what)[\(i)]")
            }
        case .range(let r):
            guard r.count <= Value.maxRepeatedCount else { throw RuntimeError("\(what): range too long to plot") }
            return (0..<r.count).map { r.element($0) }
        case .tensor(let t):
            // A column such as [N, 1] is still one series; anything wider is ambiguous.
            guard t.shape.filter({ $0 != 1 }).count <= 1 else {
                throw RuntimeError("\(what) must be a 1-d tensor, not one of shape \(formatShape(t.shape))",
                                   hint: "plot one row or column at a time, e.g. t[:, 0]")
            }
            return t.scalars.map(Double.init)
        default:
            throw RuntimeError("\(what) must be a list of numbers or a 1-d tensor, not \(typeName)")
        }
    }

    /// The value as a string, or an error naming `what`.
    func displayString(_ what: String) throws -> String {
        if case .string(let s) = self { return s }
        throw RuntimeError("\(what) must be a string, not \(typeName)")
    }

    /// Text for a table cell: strings bare, numbers in shortest form, one-element tensors as their
    /// number, everything else as its one-line `repr`.
    var cellText: String {
        switch self {
        case .string(let s): return s
        case .number(let x): return formatNumber(x)
        case .tensor(let t) where t.count == 1: return formatNumber(Double(t.scalars[0]))
        default:
            var visited = Set<ObjectIdentifier>()
            var out = ""
            // Depth 1 gives the one-line form a value has inside a container (tensors as headers).
            Value.write(self, into: &out, visited: &visited, depth: 1)
            return out
        }
    }
}

extension Arguments {
    /// The receiver of a native method, as the concrete object type.
    func receiverObject<T: NativeObject>(_ type: T.Type) throws -> T {
        if case .native(let o) = receiver, let object = o as? T { return object }
        throw RuntimeError("\(builtin.name)() needs a \(String(describing: T.self)) receiver, not \(receiver.typeName)")
    }

    /// The i-th value as an optional string (nil when omitted).
    func optionalText(_ i: Int) throws -> String? {
        isNil(i) ? nil : try string(i)
    }
}
