/// A call without arguments.
struct NoArguments: PositionalArguments {
    static var count: Int { 0 }
    @inline(__always) func evaluate(_ f: Frame) throws {}
    @inline(__always) static func write(_ values: Void, to p: UnsafeMutablePointer<Value>) {}
    static func collect(_ values: Void) -> [Value] { [] }
}
