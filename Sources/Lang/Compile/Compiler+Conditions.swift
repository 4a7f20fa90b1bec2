extension Compiler {
    /// Hands `visitor` the most specific condition for `e`: a numeric comparison of a local
    /// with a constant or another local, or any condition's closure.
    func visitCondition<V: ConditionVisitor>(_ e: Expr, _ visitor: V) -> V.Result {
        if case .binary(let op, let l, let r) = e.kind, let s = slotIndex(l) {
            let left = SlotOperand(slot: s)
            if case .number(let y) = r.kind {
                let right = ConstantOperand(number: y)
                if let result = comparison(op, left, right, e.range, visitor) { return result }
            } else if let t = slotIndex(r) {
                if let result = comparison(op, left, SlotOperand(slot: t), e.range, visitor) { return result }
            }
        }
        return visitor.visit(CodeCondition(code: condition(e)))
    }

    private func comparison<L: Operand, R: Operand, V: ConditionVisitor>(
        _ op: BinaryOperator, _ l: L, _ r: R, _ range: SourceRange, _ visitor: V
    ) -> V.Result? {
        switch op {
        case .less: return visitor.visit(ComparisonCondition<LessOperation, L, R>(left: l, right: r, range: range))
        case .lessEqual:
            return visitor.visit(ComparisonCondition<LessEqualOperation, L, R>(left: l, right: r, range: range))
        case .greater: return visitor.visit(ComparisonCondition<GreaterOperation, L, R>(left: l, right: r, range: range))
        case .greaterEqual:
            return visitor.visit(ComparisonCondition<GreaterEqualOperation, L, R>(left: l, right: r, range: range))
        case .equal: return visitor.visit(ComparisonCondition<EqualOperation, L, R>(left: l, right: r, range: range))
        case .notEqual: return visitor.visit(ComparisonCondition<NotEqualOperation, L, R>(left: l, right: r, range: range))
        default: return nil
        }
    }
}
