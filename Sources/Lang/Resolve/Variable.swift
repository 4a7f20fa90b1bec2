/// A local variable (or parameter) found by the resolver, with its storage assigned after its
/// function has been resolved (only then is it known whether a closure captures it).
final class Variable {
    let name: String
    let range: SourceRange
    /// Captured by a closure: lives in a heap `Cell` so the closure shares it by reference.
    var isCaptured = false
    /// Index in the frame's value slots (parameters arrive here), or -1.
    var slot = -1
    /// Index in the frame's cell slots when captured, or -1.
    var cell = -1

    init(name: String, range: SourceRange) {
        self.name = name
        self.range = range
    }
}
