/// A call with one positional argument, read through a specialised operand.
struct OneArgument<A: Operand>: PositionalArguments {
    let a: A

    static var count: Int { 1 }
    @inline(__always) func evaluate(_ f: Frame) throws -> Value { try a.get(f) }
    @inline(__always) static func write(_ values: consuming Value, to p: UnsafeMutablePointer<Value>) {
        p.initialize(to: values)
    }
    static func collect(_ values: Value) -> [Value] { [values] }
}
