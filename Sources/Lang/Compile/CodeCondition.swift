/// Any other condition, through its compiled closure.
struct CodeCondition: Condition {
    let code: (Frame) throws -> Bool

    @inline(__always)
    func test(_ f: Frame) throws -> Bool { try code(f) }
}
