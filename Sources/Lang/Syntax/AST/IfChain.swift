/// The branches of an `if` / `else if` / `else` chain.
public struct IfChain: Sendable {
    /// Conditions with their blocks, in source order.
    public var branches: [(condition: Expr, body: Block)]
    /// The final `else` block.
    public var elseBody: Block?
}
