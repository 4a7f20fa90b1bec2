/// The bound arguments of a builtin call: one value per parameter, in parameter order, with
/// defaults filled in and variadic parameters collected into a list.
///
/// The values live on the interpreter's stack: an `Arguments` must not outlive the call.
public struct Arguments {
    /// The object a method was called on (`.nil` for free functions).
    public let receiver: Value
    /// The builtin being called (for error messages).
    public let builtin: Builtin
    /// The calling context: where callbacks may put frames, and the call site.
    public let context: CallContext
    let base: UnsafeMutablePointer<Value>
    /// Number of bound values (= number of parameters).
    public let count: Int

    init(receiver: Value, builtin: Builtin, context: CallContext, base: UnsafeMutablePointer<Value>, count: Int) {
        self.receiver = receiver
        self.builtin = builtin
        self.context = context
        self.base = base
        self.count = count
    }

    /// The i-th bound value, or `.nil` past the end.
    public subscript(i: Int) -> Value { i >= 0 && i < count ? base[i] : .nil }

    /// The interpreter running the call.
    public var interpreter: Interpreter { context.interpreter }

    /// Writes text to the session's output.
    public func write(_ text: String) { context.interpreter.output(text) }

    /// Calls an Alinea callable (a callback) with positional arguments.
    public func call(_ callee: Value, _ args: [Value], named: [(String, Value)] = []) throws -> Value {
        try context.interpreter.callGeneral(callee, positional: args, named: named, context.advanced(by: count))
    }

    func parameterName(_ i: Int) -> String {
        i < builtin.parameters.count ? builtin.parameters[i].name : "#\(i)"
    }

    /// A type error naming the builtin, the parameter and the actual type.
    public func typeError(_ i: Int, expected: String) -> RuntimeError {
        RuntimeError("\(builtin.name)() argument '\(parameterName(i))' must be \(expected), not \(self[i].typeName)")
    }

    /// The i-th value as a number.
    public func number(_ i: Int) throws -> Double {
        if case .number(let x) = self[i] { return x }
        if case .bool(let b) = self[i] { return b ? 1 : 0 }
        throw typeError(i, expected: "a number")
    }

    /// The i-th value as an integer (integral, finite, in range).
    public func integer(_ i: Int) throws -> Int {
        try Value.integer(from: number(i), what: "\(builtin.name)() argument '\(parameterName(i))'")
    }

    /// The i-th value as a string.
    public func string(_ i: Int) throws -> String {
        if case .string(let s) = self[i] { return s }
        throw typeError(i, expected: "a string")
    }

    /// The i-th value as a bool (any value, by truthiness).
    public func bool(_ i: Int) -> Bool { self[i].isTruthy }

    /// The i-th value as a list.
    public func list(_ i: Int) throws -> ListRef {
        if case .list(let l) = self[i] { return l }
        throw typeError(i, expected: "a list")
    }

    /// The i-th value as a dict.
    public func dict(_ i: Int) throws -> DictRef {
        if case .dict(let d) = self[i] { return d }
        throw typeError(i, expected: "a dict")
    }

    /// True when the i-th value is nil (an omitted optional parameter).
    public func isNil(_ i: Int) -> Bool { self[i].isNil }
}
