/// A compiled expression kept in an array or optional. Swift stores bare closures there in
/// their most general calling convention and converts through a thunk on every call; a struct
/// field keeps the direct form.
struct ExprBox {
    let run: ExprCode
}

/// Compiled expression: evaluates in a frame.
typealias ExprCode = (Frame) throws -> Value
