/// A function implemented in Swift: free builtins (`print`), methods (`xs.append`) and engine
/// bindings. Its parameter list drives argument binding, `help` and completion.
public final class Builtin {
    /// The implementation: receives the bound arguments (one per parameter, defaults filled).
    public typealias Body = (Arguments) throws -> Value

    /// Name as called.
    public let name: String
    /// Parameters, in order.
    public let parameters: [Parameter]
    /// One-line description for completion hints.
    public let summary: String
    /// Longer documentation for `help(name)`.
    public let doc: String
    /// The object a method is bound to (`.nil` for free functions).
    public let receiver: Value
    let body: Body
    /// Fewest positional arguments the fast path accepts (all later parameters have defaults).
    let minArity: Int
    /// Whether any parameter is variadic (which disables the positional fast path).
    let isVariadic: Bool

    /// Creates a builtin.
    public convenience init(_ name: String, _ parameters: [Parameter], summary: String, doc: String = "",
                body: @escaping Body) {
        self.init(name, parameters, summary: summary, doc: doc, receiver: .nil, body: body)
    }

    private init(_ name: String, _ parameters: [Parameter], summary: String, doc: String, receiver: Value,
                 body: @escaping Body) {
        self.name = name
        self.parameters = parameters
        self.summary = summary
        self.doc = doc
        self.receiver = receiver
        self.body = body
        // A `**name` parameter must not be filled positionally, so it also disables the fast path.
        self.isVariadic = parameters.contains { $0.isVariadic || $0.isKeywords }
        var minArity = parameters.count
        while minArity > 0, parameters[minArity - 1].hasDefault { minArity -= 1 }
        self.minArity = minArity
    }

    /// The same builtin bound to a receiver, as produced by `obj.method` without a call.
    public func bound(to receiver: Value) -> Builtin {
        Builtin(name, parameters, summary: summary, doc: doc, receiver: receiver, body: body)
    }

    /// `name(a, b = 1, *rest)`, for help text.
    public var signature: String {
        let params = parameters.map { p -> String in
            if p.isVariadic { return "*\(p.name)" }
            if p.isKeywords { return "**\(p.name)" }
            if let d = p.defaultValue { return "\(p.name) = \(d.repr)" }
            return p.name
        }
        return "\(name)(\(params.joined(separator: ", ")))"
    }
}
