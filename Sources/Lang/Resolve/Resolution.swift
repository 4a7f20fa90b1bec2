/// Everything the resolver learned about one program, keyed by node ids.
struct Resolution {
    /// Variable uses and assignment targets, by identifier id.
    var uses: [Int: VariableUse] = [:]
    /// Declarations (`let`, `fn`, parameters, loop variables), by identifier id.
    var declarations: [Int: VariableUse] = [:]
    /// Function layouts, by function id.
    var functions: [Int: FunctionLayout] = [:]
    /// Layout of the top-level code.
    var script: FunctionLayout
}
