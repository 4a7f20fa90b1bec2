/// The state of a compiled binary operator, captured as one object (see `GlobalCallNode`).
final class ArithmeticNode<O: NumericOperation, L: Operand, R: Operand> {
    let operation: BinaryOperand<O, L, R>

    init(_ operation: BinaryOperand<O, L, R>) {
        self.operation = operation
    }

    @inline(__always)
    func run(_ f: Frame) throws -> Value { try operation.get(f) }
}
