/// A call with two positional arguments.
struct TwoArguments<A: Operand, B: Operand>: PositionalArguments {
    let a: A
    let b: B

    static var count: Int { 2 }
    @inline(__always) func evaluate(_ f: Frame) throws -> (Value, Value) {
        let x = try a.get(f)
        return (x, try b.get(f))
    }
    @inline(__always) static func write(_ values: consuming (Value, Value), to p: UnsafeMutablePointer<Value>) {
        p.initialize(to: values.0)
        (p + 1).initialize(to: values.1)
    }
    static func collect(_ values: (Value, Value)) -> [Value] { [values.0, values.1] }
}
