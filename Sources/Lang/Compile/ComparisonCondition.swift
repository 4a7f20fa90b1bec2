/// `l op r` for a comparison `op`, tested without boxing a `.bool`.
struct ComparisonCondition<O: ComparisonOperation, L: Operand, R: Operand>: Condition {
    let left: L
    let right: R
    let range: SourceRange

    @inline(__always)
    func test(_ f: Frame) throws -> Bool {
        let a = try left.get(f)
        let b = try right.get(f)
        if case .number(let x) = a, case .number(let y) = b { return O.test(x, y) }
        return try Compiler.slowBinary(O.op, a, b, range).isTruthy
    }
}
