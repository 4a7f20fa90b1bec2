/// The rows of a JSON Lines file with where each came from, and what was skipped when skipping was asked for.
public struct JSONLRows: Sendable {
    /// One object per kept row, in file order.
    public var rows: [[String: JSONValue]]
    /// The 1-based line of each kept row (for error messages about its fields).
    public var lineNumbers: [Int]
    /// One error per skipped row (empty unless skipping was requested).
    public var skipped: [DataError]

    /// Number of rows skipped as malformed.
    public var skippedCount: Int { skipped.count }

    /// Creates a result.
    public init(rows: [[String: JSONValue]], lineNumbers: [Int], skipped: [DataError]) {
        self.rows = rows
        self.lineNumbers = lineNumbers
        self.skipped = skipped
    }
}
