/// Questions a REPL asks for completion and help, answered from the same registry calls use.
extension Session {
    /// Parameter names a call to `value` accepts by name (for completing `f(be<Tab>`).
    public func parameterNames(of value: Value) -> [String] {
        switch value {
        case .builtin(let b): return b.parameters.filter { !$0.isVariadic }.map(\.name)
        case .function(let f): return f.parameterNames
        case .native(let o): return o.callable?.parameters.filter { !$0.isVariadic }.map(\.name) ?? []
        default: return []
        }
    }

    /// Signature and documentation of a value, as `help(x)` shows it.
    public func help(_ value: Value) -> String { helpText(value) }

    /// The one-line summary of a builtin (for completion hints); nil for other values.
    public func summary(of value: Value) -> String? {
        if case .builtin(let b) = value { return b.summary }
        return nil
    }
}
