import Engine

/// Formats a number in shortest round-trip form: `0.1`, `24.70408163265306`, and integers
/// without a fraction (`3`, not `3.0`).
public func formatNumber(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    if x == x.rounded(.towardZero), abs(x) < 1e16 {
        if x == 0 { return x.sign == .minus ? "-0" : "0" }
        return String(Int64(x))
    }
    return x.description
}

extension Value: CustomStringConvertible {
    /// How `print` and `str` show a value: strings without quotes, everything else as `repr`.
    public var description: String {
        if case .string(let s) = self { return s }
        return repr
    }

    /// The REPL form: strings quoted, containers showing their elements' repr.
    public var repr: String {
        var visited = Set<ObjectIdentifier>()
        var out = ""
        Value.write(self, into: &out, visited: &visited, depth: 0)
        return out
    }

    /// Containers nested deeper than this print as `...` (keeps printing off the stack limit).
    static let maxPrintDepth = 500

    static func write(_ v: Value, into out: inout String, visited: inout Set<ObjectIdentifier>, depth: Int) {
        switch v {
        case .nil: out += "nil"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let x): out += formatNumber(x)
        case .string(let s): out += quote(s)
        case .list(let l):
            // A list containing itself prints as [...] instead of recursing forever.
            let id = ObjectIdentifier(l)
            if visited.contains(id) || depth > maxPrintDepth { out += "[...]"; return }
            visited.insert(id)
            out += "["
            for (i, item) in l.items.enumerated() {
                if i > 0 { out += ", " }
                write(item, into: &out, visited: &visited, depth: depth + 1)
            }
            out += "]"
            visited.remove(id)
        case .dict(let d):
            let id = ObjectIdentifier(d)
            if visited.contains(id) || depth > maxPrintDepth { out += "{...}"; return }
            visited.insert(id)
            out += "{"
            for (i, key) in d.keys.enumerated() {
                if i > 0 { out += ", " }
                write(key.value, into: &out, visited: &visited, depth: depth + 1)
                out += ": "
                write(d.values[i], into: &out, visited: &visited, depth: depth + 1)
            }
            out += "}"
            visited.remove(id)
        case .range(let r):
            out += "range(\(formatNumber(r.start)), \(formatNumber(r.stop))"
            out += r.step == 1 ? ")" : ", \(formatNumber(r.step)))"
        case .function(let f): out += "<fn \(f.name)>"
        case .builtin(let b): out += b.receiver.isNil ? "<builtin \(b.name)>" : "<method \(b.name) of \(b.receiver.typeName)>"
        case .native(let o): out += o.description
        case .tensor(let t):
            // Nested inside a container a tensor prints as its one-line header only.
            out += depth == 0 ? t.description : "Tensor" + formatShape(t.shape) + " f32" + (t.requiresGrad ? " grad" : "")
        }
    }

    /// A string in double quotes with escapes for quotes, backslashes and control characters.
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
