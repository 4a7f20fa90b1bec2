/// A parsed file or REPL input.
public struct Program: Sendable {
    /// Top-level statements.
    public var statements: [Stmt]
    /// The source it was parsed from.
    public var file: SourceFile
    /// True when the last statement was followed by `;`, which tells a REPL not to print its value.
    public var endsWithSemicolon: Bool
}
