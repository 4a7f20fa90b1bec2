/// `obj.name`, `obj.name = v` and `obj.name(args)`.
extension Interpreter {
    func noMember(_ receiver: Value, _ name: String, what: String = "attribute") -> RuntimeError {
        let names = registry.memberNames(of: receiver)
        var hint = Suggestions.hint(for: name, in: names)
        if hint == nil, case .dict = receiver { hint = "dict entries are read with d[\"\(name)\"]" }
        return RuntimeError("\(receiver.typeName) has no \(what) '\(name)'", hint: hint)
    }

    /// Reads `receiver.name`: a property, a method (bound), or a native object's attribute.
    func member(_ receiver: Value, _ name: String) throws -> Value {
        if let p = registry.properties(for: receiver.kind)[name] { return try p.get(receiver) }
        if let m = registry.methods(for: receiver.kind)[name] { return .builtin(m.bound(to: receiver)) }
        if case .native(let o) = receiver {
            if let v = try o.attribute(name) { return v }
            if let m = o.method(name) { return .builtin(m.bound(to: receiver)) }
        }
        throw noMember(receiver, name)
    }

    /// Writes `receiver.name = value`.
    func setMember(_ receiver: Value, _ name: String, _ value: Value) throws {
        if let p = registry.properties(for: receiver.kind)[name] {
            guard let set = p.set else { throw RuntimeError("attribute '\(name)' of \(receiver.typeName) is read-only") }
            try set(receiver, value)
            return
        }
        if case .native(let o) = receiver, try o.setAttribute(name, to: value) { return }
        throw RuntimeError("cannot set attribute '\(name)' on \(receiver.typeName)",
                           hint: registry.memberNames(of: receiver).isEmpty ? nil
                               : Suggestions.hint(for: name, in: registry.memberNames(of: receiver)))
    }

    /// The method `receiver.name(...)` calls, with the receiver to pass; `row` is the call
    /// site's precomputed lookup of `name` in every kind's method table.
    @inline(__always)
    func method(_ receiver: Value, _ name: String, row: [Builtin?]) throws -> (Builtin?, Value?) {
        if let m = row[receiver.kind.rawValue] { return (m, nil) }
        // Registered after this call site was compiled.
        if let m = registry.methods(for: receiver.kind)[name] { return (m, nil) }
        if case .native(let o) = receiver {
            if let m = o.method(name) { return (m, nil) }
            if let attr = try o.attribute(name) { return (nil, attr) }
        }
        if let p = registry.properties(for: receiver.kind)[name] { return (nil, try p.get(receiver)) }
        throw noMember(receiver, name, what: "method")
    }
}
