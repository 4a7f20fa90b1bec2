/// Matches call-site arguments to parameters: the one place where unknown, missing and
/// duplicate arguments are detected, for builtins and Alinea functions alike.
enum ArgumentBinder {
    /// One value per parameter; nil marks an omitted parameter that has a default.
    static func bind(_ name: String, _ params: [Parameter], positional: [Value],
                     named: [(String, Value)]) throws -> [Value?] {
        var bound = [Value?](repeating: nil, count: params.count)
        var provided = [Bool](repeating: false, count: params.count)
        let variadic = params.firstIndex { $0.isVariadic }
        let keywords = params.firstIndex { $0.isKeywords }
        var extra: [(DictKey, Value)] = []
        let positionalSlots = variadic ?? keywords ?? params.count
        if positional.count > positionalSlots, variadic == nil {
            let most = positionalSlots
            let least = params.filter { !$0.hasDefault }.count
            let takes = least == most ? "\(most)" : "at most \(most)"
            throw RuntimeError("\(name)() takes \(takes) argument\(most == 1 ? "" : "s") but \(positional.count) "
                               + "\(positional.count == 1 ? "was" : "were") given")
        }
        for (i, v) in positional.prefix(positionalSlots).enumerated() {
            bound[i] = v
            provided[i] = true
        }
        if let v = variadic {
            bound[v] = .list(Array(positional.dropFirst(positionalSlots)))
            provided[v] = true
        }
        for (label, value) in named {
            guard let i = params.firstIndex(where: { $0.name == label && !$0.isVariadic && !$0.isKeywords }) else {
                if keywords != nil {
                    if extra.contains(where: { $0.0 == .string(label) }) {
                        throw RuntimeError("\(name)() got two values for argument '\(label)'")
                    }
                    extra.append((.string(label), value))
                    continue
                }
                let names = params.filter { !$0.isVariadic && !$0.isKeywords }.map(\.name)
                let hint = Suggestions.hint(for: label, in: names)
                    ?? (names.isEmpty ? "it takes no named arguments"
                                      : "its parameters are \(names.map { "'\($0)'" }.joined(separator: ", "))")
                throw RuntimeError("\(name)() has no parameter named '\(label)'", hint: hint)
            }
            if provided[i] {
                throw RuntimeError("\(name)() got two values for argument '\(label)'")
            }
            bound[i] = value
            provided[i] = true
        }
        if let k = keywords, !extra.isEmpty {
            bound[k] = .dict(DictRef(extra))
            provided[k] = true
        }
        let missing = params.indices.filter { !provided[$0] && !params[$0].hasDefault }.map { "'\(params[$0].name)'" }
        if !missing.isEmpty {
            let list = missing.count == 1 ? missing[0]
                : missing.dropLast().joined(separator: ", ") + " and " + (missing.last ?? "")
            throw RuntimeError("\(name)() is missing argument\(missing.count == 1 ? "" : "s") \(list)")
        }
        return bound
    }
}
