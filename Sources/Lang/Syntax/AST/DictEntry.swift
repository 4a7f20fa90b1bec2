/// `key: value` in a dict literal.
public struct DictEntry: Sendable {
    /// The key expression.
    public var key: Expr
    /// The value expression.
    public var value: Expr
}
