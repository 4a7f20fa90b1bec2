/// Every builtin function, method and property, documented once: calls, `help` and REPL
/// completion all read from here.
public final class BuiltinRegistry {
    /// Free functions by name.
    public private(set) var functions: [String: Builtin] = [:]
    private var methodTables: [[String: Builtin]] = Array(repeating: [:], count: ValueKind.allCases.count)
    private var propertyTables: [[String: Property]] = Array(repeating: [:], count: ValueKind.allCases.count)

    /// Creates a registry holding the standard builtins.
    public init() {
        registerCoreBuiltins()
        registerMathBuiltins()
        registerCollectionBuiltins()
        registerStringMethods()
        registerListMethods()
        registerDictMethods()
        registerTensorBuiltins()
        registerTensorMethods()
        registerGradCheck()
        registerModelBuiltins()
        registerDisplayBuiltins()
    }

    /// Adds or replaces a free function (define it as a global too: `Interpreter.register`).
    public func register(_ builtin: Builtin) {
        functions[builtin.name] = builtin
    }

    /// Adds or replaces a method of a value kind (`kind` = `.tensor` for tensor methods).
    public func register(method: Builtin, for kind: ValueKind) {
        methodTables[kind.rawValue][method.name] = method
    }

    /// Adds or replaces a property of a value kind.
    public func register(property: Property, for kind: ValueKind) {
        propertyTables[kind.rawValue][property.name] = property
    }

    /// The methods of a value kind by name.
    public func methods(for kind: ValueKind) -> [String: Builtin] { methodTables[kind.rawValue] }

    /// The properties of a value kind by name.
    public func properties(for kind: ValueKind) -> [String: Property] { propertyTables[kind.rawValue] }

    /// One method name looked up for every kind at once (compiled method calls precompute this).
    func methodRow(_ name: String) -> [Builtin?] { methodTables.map { $0[name] } }

    /// Attribute and method names of a value, for completion and did-you-mean.
    public func memberNames(of value: Value) -> [String] {
        var names = Array(methodTables[value.kind.rawValue].keys) + Array(propertyTables[value.kind.rawValue].keys)
        if case .native(let o) = value { names += o.memberNames }
        return Array(Set(names)).sorted()
    }
}
