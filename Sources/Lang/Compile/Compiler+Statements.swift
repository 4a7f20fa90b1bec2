extension Compiler {
    /// Runs statements in order, stopping at the first that does not finish normally.
    func sequence(_ codes: [StmtBox]) -> StmtCode {
        switch codes.count {
        case 0:
            return { _ in .normal }
        case 1:
            return codes[0].run
        case 2:
            let a = codes[0].run, b = codes[1].run
            return { f in
                let r = try a(f)
                if case .normal = r { return try b(f) }
                return r
            }
        default:
            return { f in
                for code in codes {
                    let r = try code.run(f)
                    if case .normal = r { continue }
                    return r
                }
                return .normal
            }
        }
    }

    /// A block in statement mode.
    func block(_ b: Block) -> StmtCode {
        sequence(b.statements.map { StmtBox(run: stmt($0)) })
    }

    /// Statements in tail mode: the last expression statement's value is returned.
    func tail(_ statements: [Stmt]) -> StmtCode {
        guard let last = statements.last else { return { _ in .normal } }
        var codes = statements.dropLast().map { StmtBox(run: stmt($0)) }
        if case .expression(let e) = last.kind {
            switch e.kind {
            case .conditional(let chain):
                codes.append(StmtBox(run: ifChain(chain, mode: .tail)))
            case .block(let b):
                codes.append(StmtBox(run: tail(b.statements)))
            default:
                let value = expr(e)
                codes.append(StmtBox { f in .returned(try value(f)) })
            }
        } else {
            codes.append(StmtBox(run: stmt(last)))
        }
        return sequence(codes)
    }

    /// A block used as a value: its last expression statement, or nil.
    func blockValue(_ b: Block) -> ExprCode {
        let statements = b.statements
        guard let last = statements.last else { return { _ in .nil } }
        let prefix = sequence(statements.dropLast().map { StmtBox(run: stmt($0)) })
        let final: ExprCode
        if case .expression(let e) = last.kind {
            final = expr(e)
        } else {
            let s = stmt(last)
            final = { f in
                let r = try s(f)
                if case .normal = r { return .nil }
                throw ControlTransfer(flow: r)
            }
        }
        if statements.count == 1 { return final }
        return { f in
            let r = try prefix(f)
            guard case .normal = r else { throw ControlTransfer(flow: r) }
            return try final(f)
        }
    }

    func stmt(_ s: Stmt) -> StmtCode {
        switch s.kind {
        case .expression(let e):
            switch e.kind {
            case .conditional(let chain):
                return ifChain(chain, mode: .statement)
            case .block(let b):
                return block(b)
            case .noGrad(let b):
                let body = block(b)
                let interp = self.interp
                return { f in
                    var flow = Flow.normal
                    _ = try interp.noGrad {
                        flow = try body(f)
                        return .nil
                    }
                    return flow
                }
            default:
                let code = expr(e)
                return { f in
                    _ = try code(f)
                    return .normal
                }
            }
        case .letBinding(let name, let value):
            let v = expr(value)
            if case .slot(let slot)? = storage(resolution.declarations[name.id]) {
                return { f in
                    f.slots[slot] = try v(f)
                    return .normal
                }
            }
            let set = declare(name)
            return { f in
                set(f, try v(f))
                return .normal
            }
        case .assign(let target, let op, let value):
            return assignment(target, op, value, s.range)
        case .function(let decl):
            guard let name = decl.name else { return { _ in .normal } }
            let make = closure(decl, name: name.name)
            if case .cell(let c)? = storage(resolution.declarations[name.id]) {
                // The cell exists before the closure is made, so the function can capture itself.
                return { f in
                    let cell = Cell(.nil)
                    f.cells[c] = cell
                    cell.value = try make(f)
                    return .normal
                }
            }
            let set = declare(name)
            return { f in
                set(f, try make(f))
                return .normal
            }
        case .whileLoop(let condition, let body):
            return whileLoop(condition, body, s.range)
        case .forLoop(let names, let sequence, let body):
            return forLoop(names, sequence, body, s.range)
        case .breakLoop:
            return { _ in .breakLoop }
        case .continueLoop:
            return { _ in .continueLoop }
        case .returnValue(let value):
            guard let value else { return { _ in .returned(.nil) } }
            let v = expr(value)
            return { f in .returned(try v(f)) }
        case .importFile(let path):
            let ctx = contextMaker(s.range)
            let interp = self.interp
            let range = s.range
            return { f in
                guard let importer = interp.importer else {
                    throw RuntimeError("import is not available here", range: range)
                }
                try importer(path, range, ctx(f))
                return .normal
            }
        }
    }

    enum Mode { case statement, tail }

    /// The expression of a block that is exactly one plain expression statement.
    func soleExpression(_ b: Block) -> Expr? {
        guard b.statements.count == 1, case .expression(let e) = b.statements[0].kind else { return nil }
        switch e.kind {
        case .conditional, .block, .noGrad: return nil
        default: return e
        }
    }

    /// `if` in statement or tail mode (value mode is in `expr`).
    func ifChain(_ chain: IfChain, mode: Mode) -> StmtCode {
        // `if c { a } else { b }` returning a value (fib's body): one closure, no nested ones.
        if mode == .tail, chain.branches.count == 1, let elseBody = chain.elseBody,
           let a = soleExpression(chain.branches[0].body), let b = soleExpression(elseBody) {
            return visitCondition(chain.branches[0].condition, TailIf(compiler: self, then: a, otherwise: b)).run
        }
        let compileBody: (Block) -> StmtCode = { b in mode == .tail ? self.tail(b.statements) : self.block(b) }
        let fallback: StmtCode
        if let e = chain.elseBody {
            fallback = compileBody(e)
        } else if mode == .tail {
            fallback = { _ in .returned(.nil) }
        } else {
            fallback = { _ in .normal }
        }
        var code = fallback
        for (condition, body) in chain.branches.reversed() {
            let test = self.condition(condition)
            let then = compileBody(body)
            let otherwise = code
            code = { f in try test(f) ? try then(f) : try otherwise(f) }
        }
        return code
    }
}
