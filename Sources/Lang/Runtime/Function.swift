/// A function or closure written in Alinea: compiled code plus its captured variables.
public final class Function {
    let proto: FunctionProto
    let upvalues: [Cell]

    init(proto: FunctionProto, upvalues: [Cell]) {
        self.proto = proto
        self.upvalues = upvalues
    }

    /// The declared name, or `<closure>`.
    public var name: String { proto.name }
    /// Parameter names in order.
    public var parameterNames: [String] { proto.parameters.map(\.name) }
    /// Where the function is defined.
    public var range: SourceRange { proto.range }
    /// `name(a, b = ...)`, for help text.
    public var signature: String {
        "\(name)(\(proto.parameters.map { $0.hasDefault ? "\($0.name) = ..." : $0.name }.joined(separator: ", ")))"
    }
}
