/// An error reading or writing a data file, located by file, line (1-based) and field where known.
///
/// The description reads like a compiler diagnostic, for example
/// `prefs.jsonl:7: invalid JSON: expected ',' or '}' after an object member at column 31`.
public struct DataError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file as the caller named it.
    public let path: String
    /// The 1-based line where the problem is, if it concerns one line.
    public let line: Int?
    /// The key or column involved, if any.
    public let field: String?
    /// What went wrong.
    public let reason: String

    /// Creates an error for `path`, optionally at `line` and about `field`.
    public init(path: String, line: Int? = nil, field: String? = nil, _ reason: String) {
        self.path = path
        self.line = line
        self.field = field
        self.reason = reason
    }

    /// `path:line: reason`, or `path: reason` without a line.
    public var description: String {
        if let line { return "\(path):\(line): \(reason)" }
        return "\(path): \(reason)"
    }
}
