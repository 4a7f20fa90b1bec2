import Foundation

/// Operators on values. Compiled code handles number-number cases inline; everything else
/// (strings, lists, native objects, and later tensors) comes here.
extension Value {
    /// Longest string or list an operator may build (`"ab" * n`, `xs * n`): beyond it we report
    /// an error instead of letting an allocation abort the process.
    static let maxRepeatedCount = 1 << 28

    /// `a op b` for every binary operator except `and`/`or`.
    public static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        if a.kind == .tensor || b.kind == .tensor, let r = try tensorBinary(op, a, b) { return r }
        switch op {
        case .equal: return .bool(try equal(a, b))
        case .notEqual: return .bool(!(try equal(a, b)))
        case .contains: return .bool(try contains(b, a))
        default: break
        }
        switch (a, b) {
        case (.number(let x), .number(let y)):
            return try numeric(op, x, y)
        case (.bool, .number), (.number, .bool), (.bool, .bool):
            if op == .matmul { break }
            return try numeric(op, a.boolAsNumber, b.boolAsNumber)
        case (.string(let x), .string(let y)):
            switch op {
            case .add: return .string(x + y)
            case .less: return .bool(x < y)
            case .lessEqual: return .bool(x <= y)
            case .greater: return .bool(x > y)
            case .greaterEqual: return .bool(x >= y)
            default: break
            }
        case (.string(let s), .number(let n)) where op == .multiply,
             (.number(let n), .string(let s)) where op == .multiply:
            let k = try repeatCount(n, unit: s.utf8.count)
            return .string(String(repeating: s, count: k))
        case (.list(let x), .list(let y)) where op == .add:
            return .list(x.items + y.items)
        case (.list(let l), .number(let n)) where op == .multiply, (.number(let n), .list(let l)) where op == .multiply:
            let k = try repeatCount(n, unit: l.items.count)
            var out: [Value] = []
            out.reserveCapacity(k * l.items.count)
            for _ in 0..<k { out.append(contentsOf: l.items) }
            return .list(out)
        case (.native(let o), _):
            if let r = try o.binary(op, b, selfOnLeft: true) { return r }
        case (_, .native(let o)):
            if let r = try o.binary(op, a, selfOnLeft: false) { return r }
        default:
            break
        }
        throw operandError(op, a, b)
    }

    var boolAsNumber: Double {
        switch self {
        case .bool(let b): return b ? 1 : 0
        case .number(let x): return x
        default: return .nan
        }
    }

    /// Arithmetic and comparison on numbers; division by zero follows IEEE (1/0 = inf).
    static func numeric(_ op: BinaryOperator, _ x: Double, _ y: Double) throws -> Value {
        switch op {
        case .add: return .number(x + y)
        case .subtract: return .number(x - y)
        case .multiply: return .number(x * y)
        case .divide: return .number(x / y)
        case .remainder: return .number(floorMod(x, y))
        case .power: return .number(Foundation.pow(x, y))
        case .less: return .bool(x < y)
        case .lessEqual: return .bool(x <= y)
        case .greater: return .bool(x > y)
        case .greaterEqual: return .bool(x >= y)
        case .equal: return .bool(x == y)
        case .notEqual: return .bool(x != y)
        case .matmul, .contains: throw operandError(op, .number(x), .number(y))
        }
    }

    /// Python's `%`: the result has the sign of the divisor.
    @inline(__always)
    static func floorMod(_ x: Double, _ y: Double) -> Double {
        let r = fmod(x, y)
        return r != 0 && (r < 0) != (y < 0) ? r + y : r
    }

    static func repeatCount(_ n: Double, unit: Int) throws -> Int {
        let k = max(0, try integer(from: n, what: "repeat count"))
        if unit == 0 { return 0 }  // repeating nothing: no work however large the count
        guard k <= maxRepeatedCount / unit else {
            throw RuntimeError("repeating \(unit) elements \(k) times is too large")
        }
        return k
    }

    /// The error for an operator that does not apply to these operand types.
    static func operandError(_ op: BinaryOperator, _ a: Value, _ b: Value) -> RuntimeError {
        var hint: String?
        if op == .add, a.kind == .string || b.kind == .string {
            hint = "convert with str(x), or interpolate: \"text {x}\""
        } else if op == .matmul {
            hint = "'@' multiplies matrices (tensors)"
        }
        return RuntimeError("cannot apply '\(op.rawValue)' to \(a.typeName) and \(b.typeName)", hint: hint)
    }

    /// `-x`.
    public static func negate(_ a: Value) throws -> Value {
        switch a {
        case .number(let x): return .number(-x)
        case .bool(let b): return .number(b ? -1 : 0)
        case .native(let o):
            if let r = try o.binary(.subtract, .number(0), selfOnLeft: false) { return r }
        case .tensor(let t): return .tensor(t.apply(.neg))
        default: break
        }
        throw RuntimeError("cannot negate \(a.typeName)")
    }

    /// `element in container`.
    public static func contains(_ container: Value, _ element: Value) throws -> Bool {
        switch container {
        case .list(let l):
            for item in l.items where try equal(item, element) { return true }
            return false
        case .dict(let d):
            guard case .string = element else {
                guard case .number = element else { return false }
                return d[try element.dictKey()] != nil
            }
            return d[try element.dictKey()] != nil
        case .string(let s):
            guard case .string(let sub) = element else {
                throw RuntimeError("'in' on a string needs a string on the left, not \(element.typeName)")
            }
            return sub.isEmpty || s.contains(sub)
        case .range(let r):
            guard case .number(let x) = element, r.count > 0 else { return false }
            let k = (x - r.start) / r.step
            return k >= 0 && k < Double(r.count) && k == k.rounded(.towardZero)
        case .native(let o):
            if let items = try o.elements() {
                for item in items where try equal(item, element) { return true }
                return false
            }
        default:
            break
        }
        throw RuntimeError("cannot use 'in' on \(container.typeName)")
    }
}
