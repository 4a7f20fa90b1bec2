/// One axis of an indexing expression: a single index, or a slice `start:stop:step`
/// with any part omitted. Multi-axis indexing (`t[:, 0]`) is a list of these, so tensors can
/// interpret them per axis while lists and strings accept exactly one.
public enum Subscript: Sendable {
    /// A single index.
    case index(Expr)
    /// `start:stop:step`, each part optional.
    case slice(start: Expr?, stop: Expr?, step: Expr?)
}
