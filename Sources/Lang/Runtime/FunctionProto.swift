/// The compiled, shareable part of a function: one per declaration, however many closures.
final class FunctionProto {
    let name: String
    let parameters: [Parameter]
    /// Default-value code per parameter, evaluated in the callee's frame when omitted.
    let defaults: [ExprBox?]
    let slotCount: Int
    let cellCount: Int
    /// Captured parameters: copied from their slot into a fresh cell on entry.
    let parameterCells: [(slot: Int, cell: Int)]
    let captures: [Capture]
    let body: StmtCode
    let range: SourceRange
    /// Fewest positional arguments accepted without binding (later parameters have defaults).
    let minArity: Int
    /// Number of parameters (kept apart from `parameters` so the call path reads one word).
    let arity: Int
    /// Whether any parameter is captured by a closure (and needs a cell on entry).
    let hasParameterCells: Bool
    /// No cells at all: a call given every argument only writes slots (`Interpreter.enterPlain`).
    let isPlain: Bool

    init(name: String, parameters: [Parameter], defaults: [ExprBox?], layout: FunctionLayout,
         body: @escaping StmtCode, range: SourceRange) {
        self.name = name
        self.parameters = parameters
        self.defaults = defaults
        self.slotCount = layout.slotCount
        self.cellCount = layout.cellCount
        self.parameterCells = layout.parameters.filter(\.isCaptured).map { ($0.slot, $0.cell) }
        self.captures = layout.captures
        self.body = body
        self.range = range
        var minArity = parameters.count
        while minArity > 0, parameters[minArity - 1].hasDefault { minArity -= 1 }
        self.minArity = minArity
        self.arity = parameters.count
        self.hasParameterCells = !parameterCells.isEmpty
        self.isPlain = layout.cellCount == 0
    }
}
