/// How a statement finished: normally, or by `break`, `continue` or `return`.
///
/// Statements return this instead of throwing, so loops and returns cost a compare, not an
/// unwind. (A `return` inside a block used as a value, e.g. `let y = if c { return 1 } else { 2 }`,
/// cannot return a Flow through the expression and throws `ControlTransfer` instead.)
enum Flow {
    case normal
    case breakLoop
    case continueLoop
    case returned(Value)
}
