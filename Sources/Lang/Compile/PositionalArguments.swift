/// A fixed number of positional arguments, evaluated into Swift values and written straight
/// into the callee's first slots, so a call allocates no array.
protocol PositionalArguments {
    associatedtype Values
    /// How many arguments.
    static var count: Int { get }
    /// Evaluates the arguments left to right.
    func evaluate(_ f: Frame) throws -> Values
    /// Initializes `count` slots from `p` with the values.
    static func write(_ values: consuming Values, to p: UnsafeMutablePointer<Value>)
    /// The values as an array, for the general calling path.
    static func collect(_ values: Values) -> [Value]
}
