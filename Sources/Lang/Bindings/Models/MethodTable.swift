/// The methods of one kind of native object, built once and shared by every instance.
///
/// Wrappers are created on every attribute access (`model.blocks[0]`), so building their
/// `Builtin`s per instance would allocate on hot paths; the table is immutable after `init`,
/// which is why sharing it across threads is safe.
final class MethodTable: @unchecked Sendable {
    private let methods: [String: Builtin]
    /// Method names, sorted (for completion).
    let names: [String]

    /// A table over `builtins`; a later builtin with the same name replaces an earlier one.
    init(_ builtins: [Builtin]) {
        var byName: [String: Builtin] = [:]
        for b in builtins { byName[b.name] = b }
        methods = byName
        names = byName.keys.sorted()
    }

    /// The method called `name`, if any.
    subscript(name: String) -> Builtin? { methods[name] }
}

/// Shorthand for building method tables.
func nativeMethod(_ name: String, _ params: [Parameter], _ summary: String, doc: String = "",
            _ body: @escaping Builtin.Body) -> Builtin {
    Builtin(name, params, summary: summary, doc: doc, body: body)
}
