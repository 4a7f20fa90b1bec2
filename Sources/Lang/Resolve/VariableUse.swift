/// How one use of a name was resolved.
enum VariableUse {
    /// A local of the function being run.
    case local(Variable)
    /// The n-th captured variable of the running closure.
    case upvalue(Int)
    /// A session global.
    case global(Global)
}
