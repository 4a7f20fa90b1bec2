/// The calling convention. Arguments are written into the first slots of the callee's frame,
/// which starts where the caller's context says (just past the caller's own slots).
extension Interpreter {
    func stackOverflow() -> RuntimeError {
        RuntimeError("stack overflow: more than \(Interpreter.maxDepth) nested calls",
                     hint: "check that the recursion reaches a base case")
    }

    @inline(__always)
    func checkRoom(_ ctx: CallContext, slots: Int, cells: Int) throws {
        if ctx.depth >= Interpreter.maxDepth || slotEnd - ctx.slots < slots || cellEnd - ctx.cells < cells {
            throw stackOverflow()
        }
    }

    /// `checkRoom` for a frame without cells, comparing pointers rather than dividing distances.
    @inline(__always)
    func checkPlainRoom(_ ctx: CallContext, slots: Int) throws {
        if ctx.depth >= Interpreter.maxDepth || ctx.slots + slots > slotEnd { throw stackOverflow() }
    }

    /// Runs `fn` once its first `argc` slots hold arguments. `provided` (general path only)
    /// marks which of the parameter slots were given; omitted ones get their default.
    @inline(__always)
    func enter(_ fn: Function, argc: Int, _ ctx: CallContext, provided: [Bool]? = nil) throws -> Value {
        let proto = fn.proto
        let slots = ctx.slots, cells = ctx.cells
        let total = proto.slotCount
        Slots.initialize(slots + argc, count: total - argc)
        if proto.cellCount > 0 { cells.initialize(repeating: nil, count: proto.cellCount) }
        defer {
            Slots.deinitialize(slots, count: total)
            if proto.cellCount > 0 { cells.deinitialize(count: proto.cellCount) }
        }
        let frame = Frame(slots: slots, cells: cells, function: fn, depth: ctx.depth + 1)
        return try run(proto, frame, ctx) {
            if argc < proto.arity || provided != nil {
                for i in 0..<proto.arity {
                    let given = provided.map { $0[i] } ?? (i < argc)
                    if !given, let code = proto.defaults[i] { slots[i] = try code.run(frame) }
                }
            }
            if proto.hasParameterCells {
                for (slot, cell) in proto.parameterCells { cells[cell] = Cell(slots[slot]) }
            }
        }
    }

    /// `enter` for a plain function given all its arguments: no defaults, no cells to set up.
    @inline(__always)
    func enterPlain(_ fn: Function, _ proto: FunctionProto, argc: Int, _ ctx: CallContext) throws -> Value {
        let slots = ctx.slots
        let total = proto.slotCount
        Slots.initialize(slots + argc, count: total - argc)
        defer { Slots.deinitialize(slots, count: total) }
        let frame = Frame(slots: slots, cells: ctx.cells, function: fn, depth: ctx.depth + 1)
        return try run(proto, frame, ctx) {}
    }

    /// Runs `setUp` then the body of `proto` in `frame`: a `return` becomes the result, and a
    /// runtime error gains this call's line in its traceback.
    @inline(__always)
    private func run(_ proto: FunctionProto, _ frame: Frame, _ ctx: CallContext, setUp: () throws -> Void) throws -> Value {
        do {
            try setUp()
            if Interrupt.isRequested { throw RuntimeError("interrupted") }
            if case .returned(let v) = try proto.body(frame) { return v }
            return .nil
        } catch let e as RuntimeError {
            e.unwind(callee: proto.name, site: ctx.site)
            throw e
        } catch let c as ControlTransfer {
            if case .returned(let v) = c.flow { return v }
            return .nil
        }
    }

    /// Runs a builtin once its first `argc` slots hold arguments; fills the remaining defaults.
    func enterBuiltin(_ b: Builtin, receiver: Value, argc: Int, _ ctx: CallContext) throws -> Value {
        let n = b.parameters.count
        for i in argc..<max(argc, n) { (ctx.slots + i).initialize(to: b.parameters[i].defaultValue ?? .nil) }
        defer { Slots.deinitialize(ctx.slots, count: max(argc, n)) }
        let args = Arguments(receiver: receiver, builtin: b, context: ctx.advanced(by: n), base: ctx.slots, count: n)
        do {
            return try b.body(args)
        } catch let e as RuntimeError {
            // An error from the builtin itself points at the call; one from a callback it made
            // already has a location, and the builtin becomes a traceback frame.
            if e.range == nil { e.range = ctx.site } else { e.unwind(callee: b.name, site: ctx.site) }
            throw e
        }
    }

    /// Calls with `argc` positional arguments that `write` stores; falls back to the general
    /// path (with `collect`) when the callee needs binding (named parameters, variadics, errors).
    @inline(__always)
    func callPositional(_ callee: Value, argc: Int, _ ctx: CallContext,
                        write: (UnsafeMutablePointer<Value>) -> Void, collect: () -> [Value]) throws -> Value {
        switch callee {
        case .function(let fn):
            let proto = fn.proto
            if argc <= proto.arity, argc >= proto.minArity {
                try checkRoom(ctx, slots: proto.slotCount, cells: proto.cellCount)
                write(ctx.slots)
                return try enter(fn, argc: argc, ctx)
            }
        case .builtin(let b):
            if !b.isVariadic, argc <= b.parameters.count, argc >= b.minArity {
                try checkRoom(ctx, slots: b.parameters.count, cells: 0)
                write(ctx.slots)
                return try enterBuiltin(b, receiver: b.receiver, argc: argc, ctx)
            }
        default:
            break
        }
        return try callGeneral(callee, positional: collect(), named: [], ctx)
    }

    /// Calls any value with positional and named arguments, binding them by name.
    func callGeneral(_ callee: Value, positional: [Value], named: [(String, Value)], _ ctx: CallContext) throws -> Value {
        switch callee {
        case .function(let fn):
            let proto = fn.proto
            let bound: [Value?]
            do {
                bound = try ArgumentBinder.bind(proto.name, proto.parameters, positional: positional, named: named)
            } catch let e as RuntimeError {
                if e.range == nil { e.range = ctx.site }
                throw e
            }
            try checkRoom(ctx, slots: proto.slotCount, cells: proto.cellCount)
            for (i, v) in bound.enumerated() { (ctx.slots + i).initialize(to: v ?? .nil) }
            return try enter(fn, argc: bound.count, ctx, provided: bound.map { $0 != nil })
        case .builtin(let b):
            return try callBuiltin(b, receiver: b.receiver, positional: positional, named: named, ctx)
        case .native(let o):
            if let c = o.callable {
                return try callBuiltin(c, receiver: callee, positional: positional, named: named, ctx)
            }
            throw RuntimeError("\(o.typeName) object is not callable", range: ctx.site)
        default:
            throw RuntimeError("cannot call \(callee.typeName == "nil" ? "nil" : "a \(callee.typeName)")",
                               range: ctx.site, hint: "only functions and callable objects can be called")
        }
    }

    /// Calls a builtin through the binder.
    func callBuiltin(_ b: Builtin, receiver: Value, positional: [Value], named: [(String, Value)],
                     _ ctx: CallContext) throws -> Value {
        if !b.isVariadic, named.isEmpty, positional.count <= b.parameters.count, positional.count >= b.minArity {
            try checkRoom(ctx, slots: b.parameters.count, cells: 0)
            for (i, v) in positional.enumerated() { (ctx.slots + i).initialize(to: v) }
            return try enterBuiltin(b, receiver: receiver, argc: positional.count, ctx)
        }
        let bound: [Value?]
        do {
            bound = try ArgumentBinder.bind(b.name, b.parameters, positional: positional, named: named)
        } catch let e as RuntimeError {
            if e.range == nil { e.range = ctx.site }
            throw e
        }
        try checkRoom(ctx, slots: b.parameters.count, cells: 0)
        for (i, v) in bound.enumerated() {
            (ctx.slots + i).initialize(to: v ?? b.parameters[i].defaultValue ?? .nil)
        }
        return try enterBuiltin(b, receiver: receiver, argc: bound.count, ctx)
    }
}
