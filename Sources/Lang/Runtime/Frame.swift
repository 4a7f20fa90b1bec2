/// The activation record passed to compiled code: where this call's locals live.
///
/// Frames are windows on the interpreter's preallocated value and cell stacks, so a call
/// allocates nothing. A callee's window starts right after its caller's (the caller's size is
/// known when it is compiled), which is also why arguments are evaluated before being stored.
struct Frame {
    /// This call's value slots (parameters first).
    let slots: UnsafeMutablePointer<Value>
    /// This call's cells for captured locals.
    let cells: UnsafeMutablePointer<Cell?>
    /// The running closure (for its captured cells); nil for top-level code. Unowned because
    /// the caller holds the function value for the duration of the call.
    unowned(unsafe) let function: Function?
    /// Number of Alinea calls below this one.
    let depth: Int
}
