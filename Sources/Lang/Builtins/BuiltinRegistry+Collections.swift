extension BuiltinRegistry {
    func registerCollectionBuiltins() {
        for name in ["append", "push"] {
            define(name, [.required("list"), .required("value")], "Add value at the end of list.") { args in
                try args.list(0).items.append(args[1])
                return .nil
            }
        }
        define("keys", [.required("dict")], "The keys of a dict, in insertion order.") { args in
            .list(try args.dict(0).keys.map(\.value))
        }
        define("values", [.required("dict")], "The values of a dict, in insertion order.") { args in
            .list(try args.dict(0).values)
        }
        define("items", [.required("dict")], "[key, value] pairs of a dict, in insertion order.") { args in
            let d = try args.dict(0)
            return .list(zip(d.keys, d.values).map { .list([$0.value, $1]) })
        }
        define("contains", [.required("container"), .required("value")],
               "True when value is in the list, dict keys, string or range (same as 'value in container').") { args in
            .bool(try Value.contains(args[0], args[1]))
        }
        define("sorted", [.required("values"), .optional("key"), .optional("reverse", .bool(false))],
               "A new sorted list of the elements; key(x) gives the sort key.") { args in
            let items = try args.interpreter.elements(of: args[0])
            return .list(try sortValues(items, key: args[1], reverse: args.bool(2), args: args))
        }
        define("list", [.optional("values")], "A new list of the elements of a list, range, string or dict.") { args in
            if args.isNil(0) { return .list([]) }
            return .list(try args.interpreter.elements(of: args[0]))
        }
        define("dict", [.optional("pairs")], "A new dict, empty or from [key, value] pairs or another dict.") { args in
            let d = DictRef()
            switch args[0] {
            case .nil: break
            case .dict(let other):
                for (k, v) in zip(other.keys, other.values) { d[k] = v }
            default:
                for pair in try args.interpreter.elements(of: args[0]) {
                    guard case .list(let p) = pair, p.items.count == 2 else {
                        throw RuntimeError("dict() needs [key, value] pairs, got \(pair.repr)")
                    }
                    d[try p.items[0].dictKey()] = p.items[1]
                }
            }
            return .dict(d)
        }
        define("enumerate", [.required("values"), .optional("start", .number(0))],
               "[index, element] pairs.") { args in
            let start = try args.number(1)
            let items = try args.interpreter.elements(of: args[0])
            return .list(items.enumerated().map { .list([.number(start + Double($0)), $1]) })
        }
        define("zip", [.variadic("sequences")], "Lists of corresponding elements, as long as the shortest input.") { args in
            guard case .list(let seqs) = args[0] else { return .list([]) }
            let lists = try seqs.items.map { try args.interpreter.elements(of: $0) }
            let n = lists.map(\.count).min() ?? 0
            return .list((0..<n).map { i in .list(lists.map { $0[i] }) })
        }
        define("reversed", [.required("values")], "A new list of the elements in reverse order.") { args in
            .list(try args.interpreter.elements(of: args[0]).reversed())
        }
    }
}
