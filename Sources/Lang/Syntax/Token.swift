/// One lexical token: its kind, byte span and decoded payload.
public struct Token: Sendable {
    /// What kind of token this is.
    public var kind: TokenKind
    /// Byte offset of the first byte.
    public var start: Int
    /// Byte offset one past the last byte.
    public var end: Int
    /// Identifier name, or the decoded text of a string segment; empty otherwise.
    public var text: String
    /// Value of a number literal; 0 otherwise.
    public var number: Double

    /// Creates a token.
    public init(kind: TokenKind, start: Int, end: Int, text: String = "", number: Double = 0) {
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.number = number
    }
}
