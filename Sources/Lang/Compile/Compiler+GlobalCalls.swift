extension Compiler {
    /// Calls a global by name with up to three positional arguments (`fib(n - 1)`), or nil
    /// for other shapes.
    func globalCall(_ g: Global, _ nameRange: SourceRange, _ args: [Argument], _ range: SourceRange) -> ExprCode? {
        guard args.count <= 3, args.allSatisfy({ $0.label == nil }) else { return nil }
        let callee = GlobalOperand(global: g, range: nameRange)
        let values = args.map(\.value)
        switch values.count {
        case 0:
            return globalCall(callee, NoArguments(), range)
        case 1:
            return visitOperand(values[0], OneArgumentCall(compiler: self, callee: callee, range: range))
        case 2:
            let a = ExprOperand(code: expr(values[0])), b = ExprOperand(code: expr(values[1]))
            return globalCall(callee, TwoArguments(a: a, b: b), range)
        default:
            let a = ExprOperand(code: expr(values[0])), b = ExprOperand(code: expr(values[1]))
            let c = ExprOperand(code: expr(values[2]))
            return globalCall(callee, ThreeArguments(a: a, b: b, c: c), range)
        }
    }

    /// The call itself (see `GlobalCallNode`).
    func globalCall<P: PositionalArguments>(_ callee: GlobalOperand, _ args: P, _ range: SourceRange) -> ExprCode {
        let node = GlobalCallNode(interp: interp, callee: callee, args: args, slotCount: layout.slotCount,
                                  cellCount: layout.cellCount, site: CallSite(range))
        return { f in try node.run(f) }
    }

    /// Hands `visitor` the most specific operand for `e`: a slot, a constant, a global,
    /// `slot ± constant`, or any expression.
    func visitOperand<V: OperandVisitor>(_ e: Expr, _ visitor: V) -> ExprCode {
        if case .binary(let op, let l, let r) = e.kind, let s = slotIndex(l), case .number(let y) = r.kind {
            let left = SlotOperand(slot: s), right = ConstantOperand(number: y)
            switch op {
            case .add:
                return visitor.visit(BinaryOperand<AddOperation, SlotOperand, ConstantOperand>(
                    left: left, right: right, range: e.range))
            case .subtract:
                return visitor.visit(BinaryOperand<SubtractOperation, SlotOperand, ConstantOperand>(
                    left: left, right: right, range: e.range))
            default:
                break
            }
        }
        switch operandKind(e) {
        case .slot(let s): return visitor.visit(SlotOperand(slot: s))
        case .constant(let v): return visitor.visit(ConstantOperand(number: v))
        case .global(let g, let gr): return visitor.visit(GlobalOperand(global: g, range: gr))
        case .expr(let c): return visitor.visit(ExprOperand(code: c))
        }
    }
}
