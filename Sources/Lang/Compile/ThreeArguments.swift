/// A call with three positional arguments.
struct ThreeArguments<A: Operand, B: Operand, C: Operand>: PositionalArguments {
    let a: A
    let b: B
    let c: C

    static var count: Int { 3 }
    @inline(__always) func evaluate(_ f: Frame) throws -> (Value, Value, Value) {
        let x = try a.get(f)
        let y = try b.get(f)
        return (x, y, try c.get(f))
    }
    @inline(__always) static func write(_ values: consuming (Value, Value, Value), to p: UnsafeMutablePointer<Value>) {
        p.initialize(to: values.0)
        (p + 1).initialize(to: values.1)
        (p + 2).initialize(to: values.2)
    }
    static func collect(_ values: (Value, Value, Value)) -> [Value] { [values.0, values.1, values.2] }
}
