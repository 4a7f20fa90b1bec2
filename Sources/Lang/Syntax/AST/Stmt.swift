/// A statement node with its source range.
public struct Stmt: Sendable {
    /// The left-hand side of an assignment.
    public enum Target: Sendable {
        /// `name = value`.
        case variable(Identifier)
        /// `base[i] = value`.
        case index(Expr, [Subscript])
        /// `base.name = value`.
        case member(Expr, Identifier)
    }

    /// The shape of a statement.
    public enum Kind: Sendable {
        /// An expression whose value is discarded (or is the block's value when last).
        case expression(Expr)
        /// `let name = value`.
        case letBinding(Identifier, Expr)
        /// `target = value` or `target op= value`.
        case assign(Target, BinaryOperator?, Expr)
        /// `fn name(...) { }`.
        case function(FunctionDecl)
        /// `while condition { }`.
        case whileLoop(Expr, Block)
        /// `for a in xs { }` or `for k, v in pairs { }`.
        case forLoop([Identifier], Expr, Block)
        /// `break`.
        case breakLoop
        /// `continue`.
        case continueLoop
        /// `return` or `return value`.
        case returnValue(Expr?)
        /// `import "path.aln"`.
        case importFile(String)
    }

    /// What the statement is.
    public var kind: Kind
    /// Where it is written.
    public var range: SourceRange

    /// Creates a statement.
    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}
