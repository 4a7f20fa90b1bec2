/// A problem in the notebook file itself, located as `file:line:column`.
public struct NotebookDiagnostic: Error, Equatable, Sendable, CustomStringConvertible {
    /// The notebook path as given by the user.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, in characters.
    public var column: Int
    /// What is wrong, with a hint where one helps.
    public var message: String

    /// A diagnostic at `file:line:column`.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `nb.md:12:11: unknown cell option 'hdie' (did you mean 'hide'?)`.
    public var description: String { "\(file):\(line):\(column): \(message)" }
}
