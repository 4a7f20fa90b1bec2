extension Compiler {
    /// The non-number case of a binary operator, kept out of line so fast paths stay small.
    @inline(never)
    static func slowBinary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ range: SourceRange) throws -> Value {
        try located(range) { try Value.binary(op, a, b) }
    }

    func binary(_ op: BinaryOperator, _ l: Expr, _ r: Expr, _ range: SourceRange) -> ExprCode {
        switch op {
        case .add: return arithmetic(AddOperation.self, l, r, range)
        case .subtract: return arithmetic(SubtractOperation.self, l, r, range)
        case .multiply: return arithmetic(MultiplyOperation.self, l, r, range)
        case .divide: return arithmetic(DivideOperation.self, l, r, range)
        case .remainder: return arithmetic(RemainderOperation.self, l, r, range)
        case .power: return arithmetic(PowerOperation.self, l, r, range)
        case .less: return arithmetic(LessOperation.self, l, r, range)
        case .lessEqual: return arithmetic(LessEqualOperation.self, l, r, range)
        case .greater: return arithmetic(GreaterOperation.self, l, r, range)
        case .greaterEqual: return arithmetic(GreaterEqualOperation.self, l, r, range)
        case .equal: return arithmetic(EqualOperation.self, l, r, range)
        case .notEqual: return arithmetic(NotEqualOperation.self, l, r, range)
        case .matmul, .contains:
            let a = expr(l), b = expr(r)
            return { f in
                let x = try a(f)
                return try Compiler.slowBinary(op, x, try b(f), range)
            }
        }
    }

    /// How an operand is read, for choosing a specialised closure.
    func operandKind(_ e: Expr) -> OperandKind {
        switch e.kind {
        case .number(let x): return .constant(x)
        case .variable(let name):
            switch storage(resolution.uses[name.id]) {
            case .slot(let s)?: return .slot(s)
            case .global(let g)?: return .global(g, name.range)
            default: break
            }
        default: break
        }
        return .expr(expr(e))
    }

    /// `l op r`, specialised for where each operand comes from.
    func arithmetic<O: NumericOperation>(_ op: O.Type, _ l: Expr, _ r: Expr, _ range: SourceRange) -> ExprCode {
        switch operandKind(l) {
        case .slot(let s): return arithmetic(op, SlotOperand(slot: s), operandKind(r), range)
        case .constant(let v): return arithmetic(op, ConstantOperand(number: v), operandKind(r), range)
        case .global(let g, let gr): return arithmetic(op, GlobalOperand(global: g, range: gr), operandKind(r), range)
        case .expr(let c): return arithmetic(op, ExprOperand(code: c), operandKind(r), range)
        }
    }

    func arithmetic<O: NumericOperation, L: Operand>(_ op: O.Type, _ l: L, _ r: OperandKind,
                                                     _ range: SourceRange) -> ExprCode {
        switch r {
        case .slot(let s): return arithmetic(op, l, SlotOperand(slot: s), range)
        case .constant(let v): return arithmetic(op, l, ConstantOperand(number: v), range)
        case .global(let g, let gr): return arithmetic(op, l, GlobalOperand(global: g, range: gr), range)
        case .expr(let c): return arithmetic(op, l, ExprOperand(code: c), range)
        }
    }

    func arithmetic<O: NumericOperation, L: Operand, R: Operand>(_: O.Type, _ l: L, _ r: R,
                                                                 _ range: SourceRange) -> ExprCode {
        let node = ArithmeticNode(BinaryOperand<O, L, R>(left: l, right: r, range: range))
        return { f in try node.run(f) }
    }

    /// An expression used as a condition, producing a Swift Bool without boxing a `.bool`.
    func condition(_ e: Expr) -> (Frame) throws -> Bool {
        switch e.kind {
        case .binary(let op, let l, let r):
            switch op {
            case .less: return comparison(LessOperation.self, l, r, e.range)
            case .lessEqual: return comparison(LessEqualOperation.self, l, r, e.range)
            case .greater: return comparison(GreaterOperation.self, l, r, e.range)
            case .greaterEqual: return comparison(GreaterEqualOperation.self, l, r, e.range)
            case .equal: return comparison(EqualOperation.self, l, r, e.range)
            case .notEqual: return comparison(NotEqualOperation.self, l, r, e.range)
            default: break
            }
        case .unary(.not, let operand):
            let c = condition(operand)
            return { f in !(try c(f)) }
        case .logical(let op, let l, let r):
            let a = condition(l), b = condition(r)
            if op == .and { return { f in try a(f) && b(f) } }
            return { f in try a(f) || b(f) }
        case .bool(let value):
            return { _ in value }
        default:
            break
        }
        let c = expr(e)
        return { f in try c(f).isTruthy }
    }

    func comparison<O: ComparisonOperation>(_ op: O.Type, _ l: Expr, _ r: Expr,
                                            _ range: SourceRange) -> (Frame) throws -> Bool {
        switch operandKind(l) {
        case .slot(let s): return comparison(op, SlotOperand(slot: s), operandKind(r), range)
        case .constant(let v): return comparison(op, ConstantOperand(number: v), operandKind(r), range)
        case .global(let g, let gr): return comparison(op, GlobalOperand(global: g, range: gr), operandKind(r), range)
        case .expr(let c): return comparison(op, ExprOperand(code: c), operandKind(r), range)
        }
    }

    func comparison<O: ComparisonOperation, L: Operand>(_ op: O.Type, _ l: L, _ r: OperandKind,
                                                        _ range: SourceRange) -> (Frame) throws -> Bool {
        switch r {
        case .slot(let s): return comparison(op, l, SlotOperand(slot: s), range)
        case .constant(let v): return comparison(op, l, ConstantOperand(number: v), range)
        case .global(let g, let gr): return comparison(op, l, GlobalOperand(global: g, range: gr), range)
        case .expr(let c): return comparison(op, l, ExprOperand(code: c), range)
        }
    }

    func comparison<O: ComparisonOperation, L: Operand, R: Operand>(_: O.Type, _ l: L, _ r: R,
                                                                    _ range: SourceRange) -> (Frame) throws -> Bool {
        return { f in
            let a = try l.get(f)
            let b = try r.get(f)
            if case .number(let x) = a, case .number(let y) = b { return O.test(x, y) }
            return try Compiler.slowBinary(O.op, a, b, range).isTruthy
        }
    }
}
