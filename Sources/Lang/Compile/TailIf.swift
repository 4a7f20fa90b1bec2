/// `if c { a } else { b }` as a function's result, once the condition's type is chosen; the
/// `a` branch is read in place when it is a local or a constant (`if n < 2 { n } ...`).
/// Results are boxed: a closure returned as a generic result would be reabstracted.
struct TailIf: ConditionVisitor {
    let compiler: Compiler
    let then: Expr
    let otherwise: Expr

    func visit<C: Condition>(_ condition: C) -> StmtBox {
        let other = compiler.expr(otherwise)
        switch then.kind {
        case .number(let x):
            return TailIf.make(condition, ConstantOperand(number: x), other)
        case .variable:
            if let s = compiler.slotIndex(then) { return TailIf.make(condition, SlotOperand(slot: s), other) }
        default:
            break
        }
        return TailIf.make(condition, ExprOperand(code: compiler.expr(then)), other)
    }

    static func make<C: Condition, T: Operand>(_ condition: C, _ then: T, _ otherwise: @escaping ExprCode) -> StmtBox {
        let node = TailIfNode(condition: condition, then: then, otherwise: otherwise)
        return StmtBox { f in try node.run(f) }
    }
}
