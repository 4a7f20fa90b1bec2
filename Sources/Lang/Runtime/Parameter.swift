/// A parameter of a builtin or function, as the argument binder sees it.
public struct Parameter {
    /// Name, used by named arguments.
    public var name: String
    /// Default for a builtin parameter; nil when required. (Alinea functions evaluate their
    /// default expressions at call time instead, and only set `hasDefault`.)
    public var defaultValue: Value?
    /// True when the parameter may be omitted.
    public var hasDefault: Bool
    /// True for `*rest`: collects remaining positional arguments into a list.
    public var isVariadic: Bool
    /// True for `**name`: collects named arguments that match no other parameter into a dict
    /// (in call order), so `h.record(step, loss = l, acc = a)` needs no dict literal.
    public var isKeywords: Bool = false

    /// A required parameter.
    public static func required(_ name: String) -> Parameter {
        Parameter(name: name, defaultValue: nil, hasDefault: false, isVariadic: false)
    }

    /// An optional parameter with a default value.
    public static func optional(_ name: String, _ value: Value = .nil) -> Parameter {
        Parameter(name: name, defaultValue: value, hasDefault: true, isVariadic: false)
    }

    /// A parameter collecting named arguments that match no other parameter into a dict; it
    /// never takes positional arguments and is `.nil` when no such argument was given.
    public static func keywords(_ name: String) -> Parameter {
        Parameter(name: name, defaultValue: nil, hasDefault: true, isVariadic: false, isKeywords: true)
    }

    /// A parameter collecting all remaining positional arguments into a list.
    public static func variadic(_ name: String) -> Parameter {
        Parameter(name: name, defaultValue: nil, hasDefault: true, isVariadic: true)
    }
}
