extension BuiltinRegistry {
    func registerDictMethods() {
        let k = ValueKind.dict
        defineMethod(k, "keys", [], "Keys in insertion order.") { args in .list(try args.receiverDict().keys.map(\.value)) }
        defineMethod(k, "values", [], "Values in insertion order.") { args in .list(try args.receiverDict().values) }
        defineMethod(k, "items", [], "[key, value] pairs in insertion order.") { args in
            let d = try args.receiverDict()
            return .list(zip(d.keys, d.values).map { .list([$0.value, $1]) })
        }
        defineMethod(k, "get", [.required("key"), .optional("default")], "The value for key, or default.") { args in
            try args.receiverDict()[try args[0].dictKey()] ?? args[1]
        }
        defineMethod(k, "pop", [.required("key"), .optional("default")],
                     "Remove key and return its value, or default when absent.") { args in
            try args.receiverDict().remove(try args[0].dictKey()) ?? args[1]
        }
        defineMethod(k, "remove", [.required("key")], "Remove key (an error when absent).") { args in
            guard try args.receiverDict().remove(try args[0].dictKey()) != nil else {
                throw RuntimeError("remove(): key \(args[0].repr) not found in dict")
            }
            return .nil
        }
        defineMethod(k, "contains", [.required("key")], "True when key is present.") { args in
            .bool(try args.receiverDict()[try args[0].dictKey()] != nil)
        }
        defineMethod(k, "update", [.required("other")], "Copy every entry of other into this dict.") { args in
            let d = try args.receiverDict(), other = try args.dict(0)
            for (key, v) in zip(other.keys, other.values) { d[key] = v }
            return .nil
        }
        defineMethod(k, "copy", [], "A shallow copy.") { args in
            let d = try args.receiverDict()
            return .dict(DictRef(Array(zip(d.keys, d.values))))
        }
        defineMethod(k, "clear", [], "Remove every entry.") { args in
            try args.receiverDict().removeAll()
            return .nil
        }
        defineMethod(k, "len", [], "Number of entries.") { args in .number(Double(try args.receiverDict().count)) }
    }
}
