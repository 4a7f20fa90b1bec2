import Engine

/// Conversions between JSON values (JSONL rows) and Alinea values.
enum JSONBridge {
    /// A JSON value as an Alinea value: objects become dicts with keys sorted (JSON objects are
    /// unordered, and a fixed order keeps output reproducible), arrays lists, null nil.
    static func value(_ json: JSONValue) -> Value {
        switch json {
        case .null: return .nil
        case .bool(let b): return .bool(b)
        case .number(let x): return .number(x)
        case .string(let s): return .string(s)
        case .array(let items): return .list(items.map(value))
        case .object(let members): return object(members)
        }
    }

    /// A JSON object as a dict with sorted keys.
    static func object(_ members: [String: JSONValue]) -> Value {
        .dict(DictRef(members.keys.sorted().map { (.string($0), value(members[$0] ?? .null)) }))
    }

    /// An Alinea value as JSON; `what` names the place in errors (`save_jsonl() row 2, key "x"`).
    static func json(_ value: Value, what: String, depth: Int = 0) throws -> JSONValue {
        guard depth < TreeValue.maxDepth else { throw RuntimeError("\(what): nested too deeply for JSON") }
        switch value {
        case .nil: return .null
        case .bool(let b): return .bool(b)
        case .number(let x): return .number(x)
        case .string(let s): return .string(s)
        case .list(let l): return .array(try l.items.map { try json($0, what: what, depth: depth + 1) })
        case .range(let r):
            guard r.count <= Value.maxRepeatedCount else { throw RuntimeError("\(what): range too long") }
            return .array((0..<r.count).map { .number(r.element($0)) })
        case .dict(let d):
            var members: [String: JSONValue] = [:]
            for (k, key) in d.keys.enumerated() {
                guard case .string(let name) = key else {
                    throw RuntimeError("\(what): JSON object keys must be strings, found the number \(key.value.repr)")
                }
                members[name] = try json(d.values[k], what: "\(what), key \"\(name)\"", depth: depth + 1)
            }
            return .object(members)
        case .tensor(let t):
            return try json(try tensorToList(t), what: what, depth: depth)
        default:
            throw RuntimeError("\(what): a \(value.typeName) cannot be written as JSON")
        }
    }
}
