/// All globals of a session by name, in definition order.
final class GlobalTable {
    private(set) var byName: [String: Global] = [:]
    private(set) var ordered: [Global] = []

    /// The global with this name, if declared.
    subscript(name: String) -> Global? { byName[name] }

    /// Returns the global with this name, declaring it (undefined) if needed.
    @discardableResult
    func declare(_ name: String) -> Global {
        if let g = byName[name] { return g }
        let g = Global(name: name)
        byName[name] = g
        ordered.append(g)
        return g
    }

    /// Declares and assigns.
    func define(_ name: String, _ value: Value) {
        declare(name).define(value)
    }

    /// Drops every value (to release them on a thread of our choosing).
    func clearValues() {
        for g in ordered { Global.assign(g.storage, .nil) }
    }

    /// Names that currently have a value, sorted.
    var definedNames: [String] { ordered.filter(\.isDefined).map(\.name).sorted() }
}
