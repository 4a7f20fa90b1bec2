extension Compiler {
    /// `a op b` for compound assignment, with the number case inline.
    @inline(__always)
    static func apply(_ op: BinaryOperator, _ a: Value, _ b: Value, _ range: SourceRange) throws -> Value {
        if case .number(let x) = a, case .number(let y) = b {
            switch op {
            case .add: return .number(x + y)
            case .subtract: return .number(x - y)
            case .multiply: return .number(x * y)
            case .divide: return .number(x / y)
            default: break
            }
        }
        return try located(range) { try Value.binary(op, a, b) }
    }

    func assignment(_ target: Stmt.Target, _ op: BinaryOperator?, _ value: Expr, _ range: SourceRange) -> StmtCode {
        let v = expr(value)
        let interp = self.interp
        switch target {
        case .variable(let name):
            // Locals and globals are written in place; the current value of a compound
            // assignment is read before the right side runs, as in Python.
            switch storage(resolution.uses[name.id]) {
            case .slot(let s)?:
                guard let op else {
                    return { f in
                        f.slots[s] = try v(f)
                        return .normal
                    }
                }
                return { f in
                    let current = f.slots[s]
                    f.slots[s] = try Compiler.apply(op, current, try v(f), range)
                    return .normal
                }
            case .global(let g)?:
                let cell = g.storage
                let nameRange = name.range
                return { f in
                    guard cell.pointee.isDefined else { throw Compiler.undefined(g, nameRange) }
                    guard let op else {
                        Global.assign(cell, try v(f))
                        return .normal
                    }
                    let current = cell.pointee.value
                    Global.assign(cell, try Compiler.apply(op, current, try v(f), range))
                    return .normal
                }
            default:
                break
            }
            let set = store(name)
            guard let op else {
                return { f in
                    try set(f, try v(f))
                    return .normal
                }
            }
            let get = load(name)
            return { f in
                let current = try get(f)
                try set(f, try Compiler.apply(op, current, try v(f), range))
                return .normal
            }
        case .index(let baseExpr, let subs):
            let base = expr(baseExpr)
            if subs.count == 1, case .index(let indexExpr) = subs[0] {
                let index = expr(indexExpr)
                return { f in
                    let b = try base(f)
                    let i = try index(f)
                    var newValue = try v(f)
                    try Compiler.located(range) {
                        if let op { newValue = try Compiler.apply(op, try interp.index(b, i), newValue, range) }
                        try interp.setIndex(b, i, newValue)
                    }
                    return .normal
                }
            }
            let components = self.components(subs)
            return { f in
                let b = try base(f)
                let c = try components(f)
                var newValue = try v(f)
                try Compiler.located(range) {
                    if let op { newValue = try Compiler.apply(op, try interp.index(b, c), newValue, range) }
                    try interp.setIndex(b, c, newValue)
                }
                return .normal
            }
        case .member(let baseExpr, let name):
            let base = expr(baseExpr)
            let attribute = name.name
            return { f in
                let b = try base(f)
                var newValue = try v(f)
                try Compiler.located(range) {
                    if let op { newValue = try Compiler.apply(op, try interp.member(b, attribute), newValue, range) }
                    try interp.setMember(b, attribute, newValue)
                }
                return .normal
            }
        }
    }

    /// Evaluates index components (`xs[a:b, i]`) into runtime values.
    func components(_ subs: [Subscript]) -> (Frame) throws -> [IndexComponent] {
        struct Part {
            let run: (Frame) throws -> IndexComponent
        }
        let parts: [Part] = subs.map { s in
            switch s {
            case .index(let e):
                let c = expr(e)
                return Part { f in .index(try c(f)) }
            case .slice(let a, let b, let c):
                let nilCode: ExprCode = { _ in .nil }
                let start = a.map { ExprBox(run: expr($0)) }?.run ?? nilCode
                let stop = b.map { ExprBox(run: expr($0)) }?.run ?? nilCode
                let step = c.map { ExprBox(run: expr($0)) }?.run ?? nilCode
                return Part { f in .slice(start: try start(f), stop: try stop(f), step: try step(f)) }
            }
        }
        return { f in try parts.map { try $0.run(f) } }
    }
}
