/// Builds code generic over one operand's type; `Compiler.visitOperand` picks the type.
/// (A protocol because Swift closures cannot be generic.)
protocol OperandVisitor {
    func visit<A: Operand>(_ operand: A) -> ExprCode
}
