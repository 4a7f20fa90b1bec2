/// A braced list of statements forming a scope; its value is that of its last expression statement.
public struct Block: Sendable {
    /// The statements.
    public var statements: [Stmt]
    /// From `{` to `}`.
    public var range: SourceRange
}
