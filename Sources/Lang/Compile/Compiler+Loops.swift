extension Compiler {
    /// Runs a loop body, turning a `break`/`continue`/`return` thrown out of a block used as a
    /// value back into a `Flow`.
    @inline(__always)
    static func runBody(_ body: StmtCode, _ f: Frame) throws -> Flow {
        do {
            return try body(f)
        } catch let c as ControlTransfer {
            return c.flow
        }
    }

    static func interrupted(_ range: SourceRange) -> RuntimeError {
        RuntimeError("interrupted", range: range)
    }

    func whileLoop(_ condition: Expr, _ body: Block, _ range: SourceRange) -> StmtCode {
        let test = self.condition(condition)
        let run = block(body)
        return { f in
            while try test(f) {
                if Interrupt.isRequested { throw Compiler.interrupted(range) }
                let r = try Compiler.runBody(run, f)
                switch r {
                case .normal, .continueLoop: continue
                case .breakLoop: return .normal
                case .returned: return r
                }
            }
            return .normal
        }
    }

    func forLoop(_ names: [Identifier], _ sequence: Expr, _ body: Block, _ range: SourceRange) -> StmtCode {
        let items = expr(sequence)
        let run = block(body)
        let interp = self.interp
        let sequenceRange = sequence.range
        struct Binder {
            let run: (Frame, Value) -> Void
        }
        let binders = names.map { Binder(run: declare($0)) }
        let bind: (Frame, Value) throws -> Void
        if names.count == 1 {
            if case .slot(let s)? = storage(resolution.declarations[names[0].id]) {
                bind = { f, v in f.slots[s] = v }
            } else {
                let only = declare(names[0])
                bind = { f, v in only(f, v) }
            }
        } else {
            let count = binders.count
            bind = { f, v in
                guard case .list(let l) = v, l.items.count == count else {
                    let got = { if case .list(let l) = v { return "a list of \(l.items.count)" }; return v.typeName }()
                    throw RuntimeError("cannot unpack \(got) into \(count) loop variables", range: range)
                }
                for (b, item) in zip(binders, l.items) { b.run(f, item) }
            }
        }
        let pairs = names.count == 2
        var loopSlot = -1  // the loop variable's slot when it is a plain local (the common case)
        if names.count == 1, case .slot(let s)? = storage(resolution.declarations[names[0].id]) { loopSlot = s }
        return { f in
            let seq = try items(f)
            switch seq {
            case .range(let r):
                var k = 0
                while k < r.count {
                    if Interrupt.isRequested { throw Compiler.interrupted(range) }
                    if loopSlot >= 0 {
                        f.slots[loopSlot] = .number(r.element(k))
                    } else {
                        try bind(f, .number(r.element(k)))
                    }
                    k += 1
                    let flow = try Compiler.runBody(run, f)
                    switch flow {
                    case .normal, .continueLoop: continue
                    case .breakLoop: return .normal
                    case .returned: return flow
                    }
                }
            case .list(let l):
                // Index-based, so appending inside the loop is seen and shrinking cannot trap.
                var k = 0
                while k < l.items.count {
                    if Interrupt.isRequested { throw Compiler.interrupted(range) }
                    try bind(f, l.items[k])
                    k += 1
                    let flow = try Compiler.runBody(run, f)
                    switch flow {
                    case .normal, .continueLoop: continue
                    case .breakLoop: return .normal
                    case .returned: return flow
                    }
                }
            case .native(let object as any IteratingObject):
                // Lazy natives (progress bars) see each step as the loop asks for the next element,
                // and learn when the loop ends however it ends.
                let iterator = try Compiler.located(sequenceRange) { try object.makeIterator() }
                defer { iterator.close() }
                while let item = try Compiler.located(sequenceRange, { try iterator.next() }) {
                    if Interrupt.isRequested { throw Compiler.interrupted(range) }
                    try bind(f, item)
                    let flow = try Compiler.runBody(run, f)
                    switch flow {
                    case .normal, .continueLoop: continue
                    case .breakLoop: return .normal
                    case .returned: return flow
                    }
                }
            default:
                var elements = try Compiler.located(sequenceRange) { try interp.elements(of: seq) }
                if pairs, case .dict(let d) = seq {
                    // `for k, v in d` walks key-value pairs.
                    elements = zip(d.keys, d.values).map { .list([$0.value, $1]) }
                }
                for item in elements {
                    if Interrupt.isRequested { throw Compiler.interrupted(range) }
                    try bind(f, item)
                    let flow = try Compiler.runBody(run, f)
                    switch flow {
                    case .normal, .continueLoop: continue
                    case .breakLoop: return .normal
                    case .returned: return flow
                    }
                }
            }
            return .normal
        }
    }
}
