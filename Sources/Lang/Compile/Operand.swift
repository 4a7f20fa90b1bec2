/// Where an operator finds an operand. Binary operators are generic over the source of each
/// side, so `s + i` with a global `s` and a local `i` compiles to one closure that reads both
/// in place instead of calling a closure per operand.
protocol Operand {
    func get(_ f: Frame) throws -> Value
}

/// An uncaptured local, read from its slot.
struct SlotOperand: Operand {
    let slot: Int

    @inline(__always)
    func get(_ f: Frame) throws -> Value { f.slots[slot] }
}

/// A number literal, kept as a Double: a stored `Value` would be copied through the
/// outlined copy and destroy functions on every read.
struct ConstantOperand: Operand {
    let number: Double

    @inline(__always)
    func get(_ f: Frame) throws -> Value { .number(number) }
}

/// A global, read in place.
struct GlobalOperand: Operand {
    let global: Global
    let range: SourceRange

    @inline(__always)
    func get(_ f: Frame) throws -> Value {
        guard global.storage.pointee.isDefined else { throw Compiler.undefined(global, range) }
        return global.storage.pointee.value
    }
}

/// Any other expression.
struct ExprOperand: Operand {
    let code: ExprCode

    @inline(__always)
    func get(_ f: Frame) throws -> Value { try code(f) }
}

/// The operand kinds the compiler specialises, before choosing the generic instantiation.
enum OperandKind {
    case slot(Int)
    case constant(Double)
    case global(Global, SourceRange)
    case expr(ExprCode)
}
