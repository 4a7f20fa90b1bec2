/// Short-circuiting operators, which return one of their operands as Python's do.
public enum LogicalOperator: String, Sendable {
    /// `and` and `or`.
    case and, or
}
