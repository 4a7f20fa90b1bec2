/// A piece of an interpolated string.
public enum InterpolationPart: Sendable {
    /// Literal text.
    case text(String)
    /// An interpolated `{expression}`.
    case expr(Expr)
}
