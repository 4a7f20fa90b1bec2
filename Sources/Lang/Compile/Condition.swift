/// A condition as a type, so `if`'s closure can test `n < 2` inline instead of calling a
/// closure for it (see `Compiler.visitCondition`).
protocol Condition {
    func test(_ f: Frame) throws -> Bool
}
