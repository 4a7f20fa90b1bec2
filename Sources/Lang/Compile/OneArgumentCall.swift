/// Builds a one-argument global call once the argument's operand type is chosen.
struct OneArgumentCall: OperandVisitor {
    let compiler: Compiler
    let callee: GlobalOperand
    let range: SourceRange

    func visit<A: Operand>(_ operand: A) -> ExprCode {
        compiler.globalCall(callee, OneArgument(a: operand), range)
    }
}
