/// The state of a compiled `TailIf`, captured as one object (see `GlobalCallNode`).
final class TailIfNode<C: Condition, T: Operand> {
    let condition: C
    let then: T
    let otherwise: ExprCode

    init(condition: C, then: T, otherwise: @escaping ExprCode) {
        self.condition = condition
        self.then = then
        self.otherwise = otherwise
    }

    @inline(__always)
    func run(_ f: Frame) throws -> Flow {
        .returned(try condition.test(f) ? try then.get(f) : try otherwise(f))
    }
}
