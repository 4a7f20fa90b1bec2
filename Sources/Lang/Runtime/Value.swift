import Engine

/// A value of the Alinea language.
///
/// An enum with single-reference payloads keeps values small (24 bytes) and lets hot paths
/// switch on the case instead of going through protocol existentials. Numbers are the one
/// numeric kind (Double), as in the language core.
public enum Value {
    /// The absence of a value.
    case `nil`
    /// `true` or `false`.
    case bool(Bool)
    /// Every number is a Double.
    case number(Double)
    /// Immutable UTF-8 text.
    case string(String)
    /// A mutable list shared by reference.
    case list(ListRef)
    /// A mutable, insertion-ordered dict shared by reference.
    case dict(DictRef)
    /// A lazy arithmetic progression made by `range(...)`.
    case range(RangeRef)
    /// A function or closure written in Alinea.
    case function(Function)
    /// A function implemented in Swift, possibly bound to a receiver (a method).
    case builtin(Builtin)
    /// An engine object exposed to the language: module, optimizer, dataset, tokenizer...
    case native(any NativeObject)
    /// An engine tensor (a final class, so the payload stays one reference wide).
    case tensor(Tensor)
}

extension Value {
    /// The case without its payload.
    public var kind: ValueKind {
        switch self {
        case .nil: return .nil
        case .bool: return .bool
        case .number: return .number
        case .string: return .string
        case .list: return .list
        case .dict: return .dict
        case .range: return .range
        case .function: return .function
        case .builtin: return .builtin
        case .native: return .native
        case .tensor: return .tensor
        }
    }

    /// The type name shown by `type(x)` and in error messages (native objects name themselves).
    public var typeName: String {
        if case .native(let object) = self { return object.typeName }
        return kind.name
    }

    /// Python-style truth: nil, false, 0, NaN, "" and empty collections are false.
    public var isTruthy: Bool {
        switch self {
        case .nil: return false
        case .bool(let b): return b
        case .number(let x): return x != 0 && !x.isNaN
        case .string(let s): return !s.isEmpty
        case .list(let l): return !l.items.isEmpty
        case .dict(let d): return d.count > 0
        case .range(let r): return r.count > 0
        case .function, .builtin: return true
        case .native(let o): return o.isTruthy
        case .tensor(let t): return t.count == 1 ? t.basePointer.pointee != 0 : t.count > 0
        }
    }

    /// True for `.nil`.
    public var isNil: Bool {
        if case .nil = self { return true }
        return false
    }

    /// Makes a list value.
    public static func list(_ items: [Value]) -> Value { .list(ListRef(items)) }
}
