import Engine

/// Argument readers for native objects and the engine types behind them.
extension Arguments {
    /// The i-th value as a native object of type `T`; `expected` names it in the error.
    func native<T: NativeObject>(_ i: Int, _ type: T.Type, expected: String) throws -> T {
        if case .native(let o) = self[i], let t = o as? T { return t }
        throw typeError(i, expected: expected)
    }

    /// The receiver of a native method, as type `T`.
    func receiver<T: NativeObject>(_ type: T.Type) throws -> T {
        if case .native(let o) = receiver, let t = o as? T { return t }
        throw RuntimeError("\(builtin.name)() cannot be called on \(receiver.typeName)")
    }

    /// The i-th value as a module.
    func module(_ i: Int) throws -> Engine.Module {
        try native(i, ModuleObject.self, expected: "a module").module
    }

    /// The i-th value as an optional integer (nil stays nil).
    func optionalInteger(_ i: Int) throws -> Int? {
        isNil(i) ? nil : try integer(i)
    }

    /// The i-th value as an activation name (`relu`, `gelu`, `gelu_tanh`, `tanh`, `sigmoid`).
    func activation(_ i: Int) throws -> Activation {
        let name = try string(i)
        guard let a = Activation(rawValue: name) else {
            let choices = Activation.allCases.map(\.rawValue)
            throw RuntimeError("\(builtin.name)() argument '\(parameterName(i))': unknown activation \"\(name)\"",
                               hint: Suggestions.hint(for: name, in: choices)
                                   ?? "choose one of \(choices.joined(separator: ", "))")
        }
        return a
    }

    /// The i-th value as token ids: a list of integral numbers or a 1-D tensor of integral values.
    func tokenIDs(_ i: Int) throws -> [Int] {
        try TokenIDs.read(self[i], what: "\(builtin.name)() argument '\(parameterName(i))'")
    }

    /// The i-th value as a list of integers.
    func integers(_ i: Int) throws -> [Int] {
        try list(i).items.map { item in
            guard case .number(let x) = item else { throw typeError(i, expected: "a list of integers") }
            return try Value.integer(from: x, what: "\(builtin.name)() argument '\(parameterName(i))' element")
        }
    }

    /// The i-th value as a list of strings.
    func strings(_ i: Int) throws -> [String] {
        try list(i).items.map { item in
            guard case .string(let s) = item else { throw typeError(i, expected: "a list of strings") }
            return s
        }
    }
}

/// A Float32 hyper-parameter as the Double it was written as (0.1, not 0.10000000149011612).
func shortDouble(_ f: Float) -> Double { Double("\(f)") ?? Double(f) }
