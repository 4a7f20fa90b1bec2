/// A dict key: a string or a number (numbers equal as Doubles are the same key).
public enum DictKey: Hashable, Sendable {
    /// A string key.
    case string(String)
    /// A number key (-0 is stored as 0).
    case number(Double)

    /// The key as a value.
    public var value: Value {
        switch self {
        case .string(let s): return .string(s)
        case .number(let x): return .number(x)
        }
    }
}
