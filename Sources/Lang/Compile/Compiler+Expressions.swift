extension Compiler {
    func expr(_ e: Expr) -> ExprCode {
        let range = e.range
        let interp = self.interp
        switch e.kind {
        case .number(let x):
            let v = Value.number(x)
            return { _ in v }
        case .string(let s):
            let v = Value.string(s)
            return { _ in v }
        case .bool(let b):
            let v = Value.bool(b)
            return { _ in v }
        case .nil:
            return { _ in .nil }
        case .interpolation(let parts):
            return interpolation(parts)
        case .variable(let name):
            return load(name)
        case .list(let items):
            let codes = items.map { ExprBox(run: expr($0)) }
            return { f in
                var out: [Value] = []
                out.reserveCapacity(codes.count)
                for c in codes { out.append(try c.run(f)) }
                return .list(ListRef(out))
            }
        case .dict(let entries):
            let codes = entries.map { (ExprBox(run: expr($0.key)), ExprBox(run: expr($0.value)), $0.key.range) }
            return { f in
                let d = DictRef()
                for (k, v, keyRange) in codes {
                    let key = try k.run(f)
                    let dictKey = try Compiler.located(keyRange) { try key.dictKey() }
                    d[dictKey] = try v.run(f)
                }
                return .dict(d)
            }
        case .unary(let op, let operand):
            let c = expr(operand)
            switch op {
            case .not:
                let test = condition(operand)
                return { f in .bool(!(try test(f))) }
            case .negate:
                return { f in
                    let v = try c(f)
                    if case .number(let x) = v { return .number(-x) }
                    return try Compiler.located(range) { try Value.negate(v) }
                }
            }
        case .binary(let op, let l, let r):
            return binary(op, l, r, range)
        case .logical(let op, let l, let r):
            let a = expr(l), b = expr(r)
            if op == .and {
                return { f in
                    let x = try a(f)
                    return x.isTruthy ? try b(f) : x
                }
            }
            return { f in
                let x = try a(f)
                return x.isTruthy ? x : try b(f)
            }
        case .call(let callee, let args):
            return call(callee, args, range)
        case .index(let baseExpr, let subs):
            let base = expr(baseExpr)
            if subs.count == 1, case .index(let indexExpr) = subs[0] {
                let index = expr(indexExpr)
                return { f in
                    let b = try base(f)
                    let i = try index(f)
                    if case .list(let l) = b, case .number(let x) = i, x >= 0, x < Double(l.items.count),
                       x == x.rounded(.towardZero) {
                        return l.items[Int(x)]
                    }
                    return try Compiler.located(range) { try interp.index(b, i) }
                }
            }
            let components = self.components(subs)
            return { f in
                let b = try base(f)
                let c = try components(f)
                return try Compiler.located(range) { try interp.index(b, c) }
            }
        case .member(let baseExpr, let name):
            let base = expr(baseExpr)
            let attribute = name.name
            return { f in
                let b = try base(f)
                return try Compiler.located(range) { try interp.member(b, attribute) }
            }
        case .function(let decl):
            return closure(decl, name: "<closure>")
        case .conditional(let chain):
            var code: ExprCode = { _ in .nil }
            if let e = chain.elseBody { code = blockValue(e) }
            for (condition, body) in chain.branches.reversed() {
                let test = self.condition(condition)
                let then = blockValue(body)
                let otherwise = code
                code = { f in try test(f) ? try then(f) : try otherwise(f) }
            }
            return code
        case .block(let b):
            return blockValue(b)
        case .noGrad(let b):
            let body = blockValue(b)
            return { f in try interp.noGrad { try body(f) } }
        }
    }

    func interpolation(_ parts: [InterpolationPart]) -> ExprCode {
        let codes: [(String?, ExprBox?)] = parts.map { part in
            switch part {
            case .text(let s): return (s, nil)
            case .expr(let e): return (nil, ExprBox(run: expr(e)))
            }
        }
        return { f in
            var out = ""
            for (text, code) in codes {
                if let text { out += text }
                if let code { out += try code.run(f).description }
            }
            return .string(out)
        }
    }
}
