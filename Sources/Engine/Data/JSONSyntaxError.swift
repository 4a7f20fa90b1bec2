/// A JSON syntax error with its position (1-based line and column, counted in Unicode scalars).
public struct JSONSyntaxError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What is wrong, for example `expected ',' or ']' in an array`.
    public let message: String
    /// 1-based line within the parsed text.
    public let line: Int
    /// 1-based column within that line.
    public let column: Int

    /// Creates an error at a position.
    public init(_ message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    /// `message at line L, column C`.
    public var description: String { "\(message) at line \(line), column \(column)" }
}
