/// A call of a global with positional arguments (see `Compiler.globalCall`).
///
/// Compiled code captures this one object rather than several values: a closure whose only
/// capture is a class instance receives it directly as its context, while one capturing
/// several values is entered through a forwarding thunk that unpacks them on every call.
final class GlobalCallNode<P: PositionalArguments> {
    /// Strong, like the closures that capture it: a `let` of the (guaranteed) node is read without
    /// a retain, while an `unowned(unsafe)` one is retained around each use.
    let interp: Interpreter
    let callee: GlobalOperand
    let storage: UnsafeMutablePointer<Global.Storage>
    let args: P
    let slotCount: Int
    let cellCount: Int
    let site: CallSite

    init(interp: Interpreter, callee: GlobalOperand, args: P, slotCount: Int, cellCount: Int, site: CallSite) {
        self.interp = interp
        self.callee = callee
        self.storage = callee.global.storage
        self.args = args
        self.slotCount = slotCount
        self.cellCount = cellCount
        self.site = site
    }

    /// When the global holds a plain function given all its arguments, the call pins the
    /// global instead of retaining the function (see `Global.pin`), writes the arguments into
    /// the callee's slots and runs its body: no array, no atomic reference counting, no
    /// binding. Functions with cells or omitted defaults take `enter`, other values (builtins,
    /// callable objects) `general`. The arguments are moved into the slots as soon as they are
    /// evaluated (where the frame starts does not depend on the callee), so no copy outlives
    /// the call.
    @inline(__always)
    func run(_ f: Frame) throws -> Value {
        guard let function = storage.pointee.function else { return try general(f) }
        Global.pin(storage)
        defer { Global.unpin(storage) }
        let ctx = Compiler.context(interp, f, slotCount, cellCount, site)
        let values = try args.evaluate(f)
        try interp.checkPlainRoom(ctx, slots: P.count)
        P.write(values, to: ctx.slots)
        return try function._withUnsafeGuaranteedRef { fn in
            let proto = fn.proto
            guard proto.isPlain, proto.arity == P.count else { return try enter(fn, proto, ctx) }
            do {
                try interp.checkPlainRoom(ctx, slots: proto.slotCount)
            } catch {
                Slots.deinitialize(ctx.slots, count: P.count)
                throw error
            }
            return try interp.enterPlain(fn, proto, argc: P.count, ctx)
        }
    }

    /// A function with cells or omitted defaults: the general entry, from the written slots.
    @inline(never)
    func enter(_ fn: Function, _ proto: FunctionProto, _ ctx: CallContext) throws -> Value {
        guard P.count <= proto.arity, P.count >= proto.minArity else { return try rebind(fn, ctx) }
        do {
            try interp.checkRoom(ctx, slots: proto.slotCount, cells: proto.cellCount)
        } catch {
            Slots.deinitialize(ctx.slots, count: P.count)
            throw error
        }
        return try interp.enter(fn, argc: P.count, ctx)
    }

    /// Arguments that do not fit the parameters: take them back out of the slots for the
    /// binder, which reports the mismatch.
    @inline(never)
    func rebind(_ fn: Function, _ ctx: CallContext) throws -> Value {
        var values: [Value] = []
        for i in 0..<P.count { values.append((ctx.slots + i).move()) }
        return try interp.callPositional(.function(fn), argc: P.count, ctx,
                                         write: { p in for (i, v) in values.enumerated() { (p + i).initialize(to: v) } },
                                         collect: { values })
    }

    /// Any other callee: read the global (an error if undefined), then call it as any value.
    @inline(never)
    func general(_ f: Frame) throws -> Value {
        let fn = try callee.get(f)
        let values = try args.evaluate(f)
        return try interp.callPositional(fn, argc: P.count, Compiler.context(interp, f, slotCount, cellCount, site),
                                         write: { P.write(values, to: $0) }, collect: { P.collect(values) })
    }
}
