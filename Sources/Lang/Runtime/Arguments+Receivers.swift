extension Arguments {
    /// The receiver of a list method.
    func receiverList() throws -> ListRef {
        if case .list(let l) = receiver { return l }
        throw RuntimeError("\(builtin.name)() needs a list, not \(receiver.typeName)")
    }

    /// The receiver of a dict method.
    func receiverDict() throws -> DictRef {
        if case .dict(let d) = receiver { return d }
        throw RuntimeError("\(builtin.name)() needs a dict, not \(receiver.typeName)")
    }

    /// The receiver of a string method.
    func receiverString() throws -> String {
        if case .string(let s) = receiver { return s }
        throw RuntimeError("\(builtin.name)() needs a string, not \(receiver.typeName)")
    }
}
