/// Binary operators, by their source spelling.
public enum BinaryOperator: String, Sendable, CaseIterable {
    /// Arithmetic.
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%", power = "**"
    /// Matrix product (tensors).
    case matmul = "@"
    /// Comparisons.
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    /// Membership: `x in xs`.
    case contains = "in"

    /// True for `== != < <= > >= in`, which do not chain.
    public var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .contains: return true
        default: return false
        }
    }
}
