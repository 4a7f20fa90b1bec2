/// Prefix operators.
public enum UnaryOperator: String, Sendable {
    /// Arithmetic negation `-x`.
    case negate = "-"
    /// Logical negation `not x`.
    case not = "not"
}
