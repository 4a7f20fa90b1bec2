/// The case of a value without its payload; indexes per-type method tables.
public enum ValueKind: Int, CaseIterable, Sendable {
    /// One per case of `Value`.
    case `nil`, bool, number, string, list, dict, range, function, builtin, native, tensor

    /// The name `type(x)` reports and error messages use.
    public var name: String {
        switch self {
        case .nil: return "nil"
        case .bool: return "bool"
        case .number: return "number"
        case .string: return "string"
        case .list: return "list"
        case .dict: return "dict"
        case .range: return "range"
        case .function, .builtin: return "function"
        case .native: return "object"
        case .tensor: return "tensor"
        }
    }
}
