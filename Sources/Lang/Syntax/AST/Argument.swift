/// One argument at a call site: positional (`label == nil`) or named (`beta = 0.5`).
public struct Argument: Sendable {
    /// The parameter name for a named argument.
    public var label: Identifier?
    /// The argument expression.
    public var value: Expr
}
