/// One preference example in TRL's standard format: a prompt, a preferred and a dispreferred completion.
public struct PreferencePair: Equatable, Sendable {
    /// The prompt both completions answer.
    public var prompt: String
    /// The preferred completion.
    public var chosen: String
    /// The dispreferred completion.
    public var rejected: String

    /// Creates a pair.
    public init(prompt: String, chosen: String, rejected: String) {
        self.prompt = prompt
        self.chosen = chosen
        self.rejected = rejected
    }

    /// Reads a JSONL row, throwing `file:line: missing key "chosen"` or a type error naming the key.
    /// Extra keys (ids, scores) are allowed and ignored.
    public init(row: [String: JSONValue], path: String, line: Int) throws {
        func text(_ key: String) throws -> String {
            guard let value = row[key] else {
                throw DataError(path: path, line: line, field: key, "missing key \"\(key)\" (a preference row needs \"prompt\", \"chosen\" and \"rejected\")")
            }
            guard case .string(let s) = value else {
                let hint = value.arrayValue != nil ? " (conversational rows must be rendered with a chat template first)" : ""
                throw DataError(path: path, line: line, field: key, "key \"\(key)\" must be a string, found \(value.typeDescription)\(hint)")
            }
            return s
        }
        self.init(prompt: try text("prompt"), chosen: try text("chosen"), rejected: try text("rejected"))
    }

    /// The pair as a JSONL row.
    public var row: [String: JSONValue] {
        ["prompt": .string(prompt), "chosen": .string(chosen), "rejected": .string(rejected)]
    }
}
