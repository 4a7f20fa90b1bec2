/// `l op r` as an operand, so a call argument like `n - 1` is computed inside the call's
/// closure instead of through a closure of its own.
struct BinaryOperand<O: NumericOperation, L: Operand, R: Operand>: Operand {
    let left: L
    let right: R
    let range: SourceRange

    @inline(__always)
    func get(_ f: Frame) throws -> Value {
        let a = try left.get(f)
        let b = try right.get(f)
        if case .number(let x) = a, case .number(let y) = b { return O.apply(x, y) }
        return try Compiler.slowBinary(O.op, a, b, range)
    }
}
