import Engine

/// `base[...]` and `base[...] = value` for lists, strings, dicts, ranges and native objects.
extension Interpreter {
    /// `base[i]` with one plain index (the common case, without building components).
    func index(_ base: Value, _ i: Value) throws -> Value {
        switch base {
        case .list(let l):
            return l.items[try Value.position(i, count: l.items.count, of: "list")]
        case .dict(let d):
            if let v = d[try i.dictKey()] { return v }
            let hint = Suggestions.hint(for: i.description, in: d.keys.compactMap {
                if case .string(let s) = $0 { return s }
                return nil
            })
            throw RuntimeError("key \(i.repr) not found in dict", hint: hint ?? "use d.get(key, default)")
        case .string(let s):
            let chars = Array(s)
            return .string(String(chars[try Value.position(i, count: chars.count, of: "string")]))
        case .range(let r):
            return .number(r.element(try Value.position(i, count: r.count, of: "range")))
        default:
            return try index(base, [.index(i)])
        }
    }

    /// `base[components]`, including slices and multiple axes.
    func index(_ base: Value, _ components: [IndexComponent]) throws -> Value {
        if case .native(let o) = base, let v = try o.index(components) { return v }
        if case .tensor(let t) = base { return .tensor(try tensorIndex(t, components)) }
        guard components.count == 1, let only = components.first else {
            throw RuntimeError("\(base.typeName) takes one index, got \(components.count)",
                               hint: "several indices like t[i, j] are for tensors")
        }
        guard case .slice(let start, let stop, let step) = only else {
            guard case .index(let i) = only else { throw RuntimeError("invalid index") }
            if case .native = base { throw RuntimeError("\(base.typeName) cannot be indexed") }
            switch base {
            case .list, .dict, .string, .range: return try index(base, i)
            default: throw RuntimeError("cannot index \(base.typeName)")
            }
        }
        switch base {
        case .list(let l):
            let picks = try sliceIndices(start: start, stop: stop, step: step, count: l.items.count)
            return .list(picks.map { l.items[$0] })
        case .string(let s):
            let chars = Array(s)
            let picks = try sliceIndices(start: start, stop: stop, step: step, count: chars.count)
            return .string(String(picks.map { chars[$0] }))
        case .range(let r):
            let picks = try sliceIndices(start: start, stop: stop, step: step, count: min(r.count, Value.maxRepeatedCount))
            return .list(picks.map { .number(r.element($0)) })
        default:
            throw RuntimeError("cannot slice \(base.typeName)")
        }
    }

    /// `base[i] = value` with one plain index.
    func setIndex(_ base: Value, _ i: Value, _ value: Value) throws {
        switch base {
        case .list(let l):
            l.items[try Value.position(i, count: l.items.count, of: "list")] = value
        case .dict(let d):
            d[try i.dictKey()] = value
        default:
            try setIndex(base, [.index(i)], value)
        }
    }

    /// `base[components] = value`.
    func setIndex(_ base: Value, _ components: [IndexComponent], _ value: Value) throws {
        if case .native(let o) = base, try o.setIndex(components, to: value) { return }
        if case .tensor(let t) = base { return try setTensorIndex(t, components, value) }
        if case .string = base { throw RuntimeError("strings cannot be changed in place", hint: "build a new string") }
        guard components.count == 1, case .index(let i)? = components.first else {
            throw RuntimeError("cannot assign to a slice or several indices of \(base.typeName)")
        }
        switch base {
        case .list, .dict: try setIndex(base, i, value)
        default: throw RuntimeError("cannot assign to an index of \(base.typeName)")
        }
    }

    /// The elements `for x in value` visits (materialised; ranges and lists have fast paths
    /// in the compiled loop and do not come here).
    func elements(of value: Value) throws -> [Value] {
        switch value {
        case .list(let l): return l.items
        case .dict(let d): return d.keys.map(\.value)
        case .string(let s): return s.map { .string(String($0)) }
        case .range(let r):
            guard r.count <= Value.maxRepeatedCount else { throw RuntimeError("range too long to materialise") }
            return (0..<r.count).map { .number(r.element($0)) }
        case .native(let o):
            if let items = try o.elements() { return items }
        case .tensor(let t): return try Value.rows(of: t)
        default:
            break
        }
        throw RuntimeError("cannot iterate over \(value.typeName)")
    }
}
