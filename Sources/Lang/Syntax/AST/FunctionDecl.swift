/// A function: named (`fn f(a) { }` statement) or anonymous (`fn(a) { }` expression).
public struct FunctionDecl: Sendable {
    /// One declared parameter.
    public struct Parameter: Sendable {
        /// The parameter name.
        public var name: Identifier
        /// Default value expression, evaluated at call time in the callee's scope.
        public var defaultValue: Expr?
    }

    /// The declared name; nil for closures.
    public var name: Identifier?
    /// Parameters in order.
    public var parameters: [Parameter]
    /// The body; its last expression is the function's result.
    public var body: Block
    /// The whole declaration.
    public var range: SourceRange
    /// Unique within one parse; keys the resolver's layout table.
    public var id: Int
}
