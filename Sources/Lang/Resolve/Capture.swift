/// Where a closure finds each variable it captures, when it is created.
enum Capture {
    /// A captured local of the enclosing function's frame.
    case enclosingLocal(Variable)
    /// One of the enclosing closure's own captures.
    case enclosingUpvalue(Int)
}
