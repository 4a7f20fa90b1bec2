/// An expression node with its source range.
public struct Expr: Sendable {
    /// The shape of an expression.
    public indirect enum Kind: Sendable {
        /// A number literal.
        case number(Double)
        /// A string literal without interpolation.
        case string(String)
        /// `true` or `false`.
        case bool(Bool)
        /// `nil`.
        case `nil`
        /// `"a {x} b"`: literal parts and expressions, in order.
        case interpolation([InterpolationPart])
        /// A name.
        case variable(Identifier)
        /// `[a, b]`.
        case list([Expr])
        /// `{"k": v}`.
        case dict([DictEntry])
        /// `-x`, `not x`.
        case unary(UnaryOperator, Expr)
        /// `a op b`.
        case binary(BinaryOperator, Expr, Expr)
        /// `a and b`, `a or b`.
        case logical(LogicalOperator, Expr, Expr)
        /// `callee(args)`; named arguments carry a label.
        case call(Expr, [Argument])
        /// `base[a, b:c, ::d]`: one component per axis.
        case index(Expr, [Subscript])
        /// `base.name`.
        case member(Expr, Identifier)
        /// `fn(a, b = 1) { ... }` used as a value.
        case function(FunctionDecl)
        /// `if c { } else if d { } else { }` used as a value (nil when no branch runs).
        case conditional(IfChain)
        /// `{ ... }` as a scope whose last expression is its value.
        case block(Block)
        /// `no_grad { ... }`.
        case noGrad(Block)
    }

    /// What the expression is.
    public var kind: Kind
    /// Where it is written.
    public var range: SourceRange

    /// Creates an expression.
    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}
