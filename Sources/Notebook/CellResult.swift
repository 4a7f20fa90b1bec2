/// What running one cell produced.
public struct CellResult: Equatable, Sendable {
    /// Outputs in production order; a failing cell's error is normally the last, as `.error`.
    public var outputs: [CellOutput]
    /// Whether the cell stopped with an error (including a timeout or an interrupt).
    public var failed: Bool

    /// A result with the given outputs.
    public init(outputs: [CellOutput] = [], failed: Bool = false) {
        self.outputs = outputs
        self.failed = failed
    }
}
