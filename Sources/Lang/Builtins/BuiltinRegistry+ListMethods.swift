extension BuiltinRegistry {
    func registerListMethods() {
        let k = ValueKind.list
        for name in ["append", "push"] {
            defineMethod(k, name, [.required("value")], "Add value at the end.") { args in
                try args.receiverList().items.append(args[0])
                return .nil
            }
        }
        defineMethod(k, "pop", [.optional("index", .number(-1))], "Remove and return the element at index (default last).") { args in
            let l = try args.receiverList()
            guard !l.items.isEmpty else { throw RuntimeError("pop() from an empty list") }
            return l.items.remove(at: try Value.position(args[0], count: l.items.count, of: "list"))
        }
        defineMethod(k, "insert", [.required("index"), .required("value")], "Insert value before index.") { args in
            let l = try args.receiverList()
            var i = try args.integer(0)
            if i < 0 { i += l.items.count }
            l.items.insert(args[1], at: min(max(i, 0), l.items.count))
            return .nil
        }
        defineMethod(k, "extend", [.required("values")], "Append every element of values.") { args in
            try args.receiverList().items.append(contentsOf: try args.interpreter.elements(of: args[0]))
            return .nil
        }
        defineMethod(k, "remove", [.required("value")], "Remove the first element equal to value.") { args in
            let l = try args.receiverList()
            for (i, item) in l.items.enumerated() where try Value.equal(item, args[0]) {
                l.items.remove(at: i)
                return .nil
            }
            throw RuntimeError("remove(): \(args[0].repr) is not in the list")
        }
        defineMethod(k, "index", [.required("value")], "Position of the first element equal to value.") { args in
            for (i, item) in try args.receiverList().items.enumerated() where try Value.equal(item, args[0]) {
                return .number(Double(i))
            }
            throw RuntimeError("index(): \(args[0].repr) is not in the list")
        }
        defineMethod(k, "contains", [.required("value")], "True when an element equals value.") { args in
            .bool(try Value.contains(args.receiver, args[0]))
        }
        defineMethod(k, "count", [.required("value")], "Number of elements equal to value.") { args in
            .number(Double(try args.receiverList().items.filter { try Value.equal($0, args[0]) }.count))
        }
        defineMethod(k, "reverse", [], "Reverse the list in place.") { args in
            try args.receiverList().items.reverse()
            return .nil
        }
        defineMethod(k, "sort", [.optional("key"), .optional("reverse", .bool(false))], "Sort the list in place.") { args in
            let l = try args.receiverList()
            l.items = try sortValues(l.items, key: args[0], reverse: args.bool(1), args: args)
            return .nil
        }
        defineMethod(k, "copy", [], "A shallow copy.") { args in .list(try args.receiverList().items) }
        defineMethod(k, "clear", [], "Remove every element.") { args in
            try args.receiverList().items.removeAll()
            return .nil
        }
        defineMethod(k, "len", [], "Number of elements.") { args in .number(Double(try args.receiverList().items.count)) }
        defineMethod(k, "map", [.required("function")], "A new list of function(x) for each element.") { args in
            .list(try args.receiverList().items.map { try args.call(args[0], [$0]) })
        }
        defineMethod(k, "filter", [.required("function")], "A new list of the elements where function(x) is true.") { args in
            .list(try args.receiverList().items.filter { try args.call(args[0], [$0]).isTruthy })
        }
    }
}
