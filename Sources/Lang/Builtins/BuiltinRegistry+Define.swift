extension BuiltinRegistry {
    /// Registers a free function.
    func define(_ name: String, _ params: [Parameter], _ summary: String, doc: String = "",
                _ body: @escaping Builtin.Body) {
        register(Builtin(name, params, summary: summary, doc: doc, body: body))
    }

    /// Registers a method of a value kind.
    func defineMethod(_ kind: ValueKind, _ name: String, _ params: [Parameter], _ summary: String,
                      doc: String = "", _ body: @escaping Builtin.Body) {
        register(method: Builtin(name, params, summary: summary, doc: doc, body: body), for: kind)
    }
}
