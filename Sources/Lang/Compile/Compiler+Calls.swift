extension Compiler {
    func call(_ calleeExpr: Expr, _ args: [Argument], _ range: SourceRange) -> ExprCode {
        if case .member(let object, let name) = calleeExpr.kind {
            return methodCall(object, name.name, args, range)
        }
        // Calling a global function by name is the common case: read it in place.
        if case .variable(let name) = calleeExpr.kind, case .global(let g)? = storage(resolution.uses[name.id]) {
            if let code = globalCall(g, name.range, args, range) { return code }
            return call(GlobalOperand(global: g, range: name.range), args, range)
        }
        return call(ExprOperand(code: expr(calleeExpr)), args, range)
    }

    // A callee is read like any operand: a global in place, or an arbitrary expression.
    func call<C: Operand>(_ callee: C, _ args: [Argument], _ range: SourceRange) -> ExprCode {
        let interp = self.interp
        let sc = layout.slotCount, cc = layout.cellCount
        let site = CallSite(range)
        if args.allSatisfy({ $0.label == nil }) {
            let codes = args.map { ExprBox(run: expr($0.value)) }
            switch codes.count {
            case 0:
                return { f in
                    let fn = try callee.get(f)
                    return try interp.callPositional(fn, argc: 0, Compiler.context(interp, f, sc, cc, site),
                                                     write: { _ in }, collect: { [] })
                }
            case 1:
                let a0 = codes[0].run
                return { f in
                    let fn = try callee.get(f)
                    let x0 = try a0(f)
                    return try interp.callPositional(fn, argc: 1, Compiler.context(interp, f, sc, cc, site),
                                                     write: { $0.initialize(to: x0) }, collect: { [x0] })
                }
            case 2:
                let a0 = codes[0].run, a1 = codes[1].run
                return { f in
                    let fn = try callee.get(f)
                    let x0 = try a0(f)
                    let x1 = try a1(f)
                    return try interp.callPositional(fn, argc: 2, Compiler.context(interp, f, sc, cc, site),
                                                     write: { p in
                                                         p.initialize(to: x0)
                                                         (p + 1).initialize(to: x1)
                                                     }, collect: { [x0, x1] })
                }
            case 3:
                let a0 = codes[0].run, a1 = codes[1].run, a2 = codes[2].run
                return { f in
                    let fn = try callee.get(f)
                    let x0 = try a0(f)
                    let x1 = try a1(f)
                    let x2 = try a2(f)
                    return try interp.callPositional(fn, argc: 3, Compiler.context(interp, f, sc, cc, site),
                                                     write: { p in
                                                         p.initialize(to: x0)
                                                         (p + 1).initialize(to: x1)
                                                         (p + 2).initialize(to: x2)
                                                     }, collect: { [x0, x1, x2] })
                }
            default:
                break
            }
        }
        let evaluate = arguments(args)
        return { f in
            let fn = try callee.get(f)
            let (positional, named) = try evaluate(f)
            return try interp.callGeneral(fn, positional: positional, named: named,
                                          Compiler.context(interp, f, sc, cc, site))
        }
    }

    /// Evaluates arguments left to right into positional values and named pairs.
    func arguments(_ args: [Argument]) -> (Frame) throws -> ([Value], [(String, Value)]) {
        let codes = args.map { ($0.label?.name, ExprBox(run: expr($0.value))) }
        return { f in
            var positional: [Value] = []
            var named: [(String, Value)] = []
            for (label, code) in codes {
                let v = try code.run(f)
                if let label { named.append((label, v)) } else { positional.append(v) }
            }
            return (positional, named)
        }
    }

    /// Calls the method `name` of `receiver`: a registered method of its kind, a native
    /// object's method, or a callable attribute.
    @inline(__always)
    static func invokeMethod(_ interp: Interpreter, _ receiver: Value, _ name: String, _ row: [Builtin?],
                             argc: Int, _ ctx: CallContext, _ range: SourceRange,
                             write: (UnsafeMutablePointer<Value>) -> Void, collect: () -> [Value],
                             named: [(String, Value)]) throws -> Value {
        let (method, attribute) = try located(range) { try interp.method(receiver, name, row: row) }
        if let m = method {
            if named.isEmpty, !m.isVariadic, argc <= m.parameters.count, argc >= m.minArity {
                try interp.checkRoom(ctx, slots: m.parameters.count, cells: 0)
                write(ctx.slots)
                return try interp.enterBuiltin(m, receiver: receiver, argc: argc, ctx)
            }
            return try interp.callBuiltin(m, receiver: receiver, positional: collect(), named: named, ctx)
        }
        return try interp.callGeneral(attribute ?? .nil, positional: collect(), named: named, ctx)
    }

    func methodCall(_ object: Expr, _ name: String, _ args: [Argument], _ range: SourceRange) -> ExprCode {
        let receiver = expr(object)
        let interp = self.interp
        let row = interp.registry.methodRow(name)
        let sc = layout.slotCount, cc = layout.cellCount
        let site = CallSite(range)
        if args.allSatisfy({ $0.label == nil }) && args.count <= 2 {
            let codes = args.map { ExprBox(run: expr($0.value)) }
            switch codes.count {
            case 0:
                return { f in
                    let r = try receiver(f)
                    return try Compiler.invokeMethod(interp, r, name, row, argc: 0,
                                                     Compiler.context(interp, f, sc, cc, site), range,
                                                     write: { _ in }, collect: { [] }, named: [])
                }
            case 1:
                let a0 = codes[0].run
                return { f in
                    let r = try receiver(f)
                    let x0 = try a0(f)
                    return try Compiler.invokeMethod(interp, r, name, row, argc: 1,
                                                     Compiler.context(interp, f, sc, cc, site), range,
                                                     write: { $0.initialize(to: x0) }, collect: { [x0] }, named: [])
                }
            default:
                let a0 = codes[0].run, a1 = codes[1].run
                return { f in
                    let r = try receiver(f)
                    let x0 = try a0(f)
                    let x1 = try a1(f)
                    return try Compiler.invokeMethod(interp, r, name, row, argc: 2,
                                                     Compiler.context(interp, f, sc, cc, site), range,
                                                     write: { p in
                                                         p.initialize(to: x0)
                                                         (p + 1).initialize(to: x1)
                                                     }, collect: { [x0, x1] }, named: [])
                }
            }
        }
        let evaluate = arguments(args)
        return { f in
            let r = try receiver(f)
            let (positional, named) = try evaluate(f)
            return try Compiler.invokeMethod(interp, r, name, row, argc: positional.count,
                                             Compiler.context(interp, f, sc, cc, site), range,
                                             write: { p in
                                                 for (i, v) in positional.enumerated() { (p + i).initialize(to: v) }
                                             }, collect: { positional }, named: named)
        }
    }
}
