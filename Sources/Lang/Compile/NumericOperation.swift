import Foundation

/// A binary operator's number-number case, as a type, so the compiler's operand
/// specialisations are written once (generic) and specialised per operator by the optimizer.
protocol NumericOperation {
    static var op: BinaryOperator { get }
    static func apply(_ x: Double, _ y: Double) -> Value
}

/// A comparison's number-number case, usable directly as a condition.
protocol ComparisonOperation: NumericOperation {
    static func test(_ x: Double, _ y: Double) -> Bool
}

extension ComparisonOperation {
    @inline(__always) static func apply(_ x: Double, _ y: Double) -> Value { .bool(test(x, y)) }
}

enum AddOperation: NumericOperation {
    static var op: BinaryOperator { .add }
    @inline(__always) static func apply(_ x: Double, _ y: Double) -> Value { .number(x + y) }
}

enum SubtractOperation: NumericOperation {
    static var op: BinaryOperator { .subtract }
    @inline(__always) static func apply(_ x: Double, _ y: Double) -> Value { .number(x - y) }
}

enum MultiplyOperation: NumericOperation {
    static var op: BinaryOperator { .multiply }
    @inline(__always) static func apply(_ x: Double, _ y: Double) -> Value { .number(x * y) }
}

enum DivideOperation: NumericOperation {
    static var op: BinaryOperator { .divide }
    @inline(__always) static func apply(_ x: Double, _ y: Double) -> Value { .number(x / y) }
}

enum RemainderOperation: NumericOperation {
    static var op: BinaryOperator { .remainder }
    @inline(__always) static func apply(_ x: Double, _ y: Double) -> Value { .number(Value.floorMod(x, y)) }
}

enum PowerOperation: NumericOperation {
    static var op: BinaryOperator { .power }
    @inline(__always) static func apply(_ x: Double, _ y: Double) -> Value { .number(Foundation.pow(x, y)) }
}

enum LessOperation: ComparisonOperation {
    static var op: BinaryOperator { .less }
    @inline(__always) static func test(_ x: Double, _ y: Double) -> Bool { x < y }
}

enum LessEqualOperation: ComparisonOperation {
    static var op: BinaryOperator { .lessEqual }
    @inline(__always) static func test(_ x: Double, _ y: Double) -> Bool { x <= y }
}

enum GreaterOperation: ComparisonOperation {
    static var op: BinaryOperator { .greater }
    @inline(__always) static func test(_ x: Double, _ y: Double) -> Bool { x > y }
}

enum GreaterEqualOperation: ComparisonOperation {
    static var op: BinaryOperator { .greaterEqual }
    @inline(__always) static func test(_ x: Double, _ y: Double) -> Bool { x >= y }
}

enum EqualOperation: ComparisonOperation {
    static var op: BinaryOperator { .equal }
    @inline(__always) static func test(_ x: Double, _ y: Double) -> Bool { x == y }
}

enum NotEqualOperation: ComparisonOperation {
    static var op: BinaryOperator { .notEqual }
    @inline(__always) static func test(_ x: Double, _ y: Double) -> Bool { x != y }
}
