/// Where a call made from the current point may put its frame, and the call site for errors.
public struct CallContext {
    /// The running interpreter.
    public unowned(unsafe) let interpreter: Interpreter
    let slots: UnsafeMutablePointer<Value>
    let cells: UnsafeMutablePointer<Cell?>
    let depth: Int
    /// Unowned: call sites belong to compiled code, which outlives the calls it makes; this
    /// keeps building a context free of reference counting.
    unowned(unsafe) let callSite: CallSite

    init(interpreter: Interpreter, slots: UnsafeMutablePointer<Value>, cells: UnsafeMutablePointer<Cell?>,
         depth: Int, callSite: CallSite) {
        self.interpreter = interpreter
        self.slots = slots
        self.cells = cells
        self.depth = depth
        self.callSite = callSite
    }

    /// The call being made, for error locations.
    public var site: SourceRange? { callSite.range }

    /// The same context, moved past `n` value slots in use.
    func advanced(by n: Int) -> CallContext {
        CallContext(interpreter: interpreter, slots: slots + n, cells: cells, depth: depth, callSite: callSite)
    }
}
