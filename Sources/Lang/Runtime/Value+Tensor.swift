import Engine
import Kernels

/// The bridge between language values and engine tensors: conversions, operators, engine errors.
extension Value {
    /// Runs engine code, turning its Swift errors (shape errors, data errors) into Alinea runtime errors.
    @inline(__always)
    static func engine<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as RuntimeError {
            throw e
        } catch {
            throw RuntimeError("\(error)")
        }
    }

    /// The value as a tensor: tensors as they are, numbers and bools as 0-d tensors, nested lists of numbers.
    func asTensor(_ what: String) throws -> Tensor {
        switch self {
        case .tensor(let t): return t
        case .number(let x): return Tensor(scalar: Float(x))
        case .bool(let b): return Tensor(scalar: b ? 1 : 0)
        case .list, .range: return try Tensor(nested: nestedValues(what), requiresGrad: false)
        default: throw RuntimeError("\(what) must be a tensor, a number or a list of numbers, not \(typeName)")
        }
    }

    /// Nested lists of numbers as `NestedValues`, for tensor literals.
    func nestedValues(_ what: String, depth: Int = 0) throws -> NestedValues {
        guard depth < 64 else { throw RuntimeError("\(what): lists nested too deeply for a tensor") }
        switch self {
        case .number(let x): return .scalar(x)
        case .bool(let b): return .scalar(b ? 1 : 0)
        case .tensor(let t) where t.count == 1: return .scalar(Double(t.basePointer.pointee))
        case .tensor(let t): return try Value.list(Value.rows(of: t)).nestedValues(what, depth: depth)
        case .list(let l): return .list(try l.items.map { try $0.nestedValues(what, depth: depth + 1) })
        case .range(let r): return .list((0..<r.count).map { .scalar(r.start + Double($0) * r.step) })
        default: throw RuntimeError("\(what): a tensor can hold only numbers, found \(typeName)")
        }
    }

    /// Sub-tensors along the first axis (views), for iteration and conversion.
    static func rows(of t: Tensor) throws -> [Value] {
        guard t.rank > 0 else { throw RuntimeError("cannot iterate over a 0-d tensor") }
        return try engine { try (0..<t.shape[0]).map { .tensor(try t.select(axis: 0, index: $0)) } }
    }

    /// Tensor operators with broadcasting; numbers mix in on either side. Nil when neither side is a tensor.
    static func tensorBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        if op == .contains { return nil }
        let kernel: BinaryKernel
        switch op {
        case .add: kernel = .add
        case .subtract: kernel = .sub
        case .multiply: kernel = .mul
        case .divide: kernel = .div
        case .power: kernel = .pow
        case .less: kernel = .less
        case .lessEqual: kernel = .lessEqual
        case .greater: kernel = .greater
        case .greaterEqual: kernel = .greaterEqual
        case .equal: kernel = .equal
        case .notEqual: kernel = .notEqual
        case .matmul:
            let x = try a.asTensor("left operand of '@'"), y = try b.asTensor("right operand of '@'")
            return .tensor(try engine { try x.matmul(y) })
        case .remainder, .contains:
            throw RuntimeError("'\(op.rawValue)' is not defined for tensors")
        }
        // A number exponent keeps x ** 2 on the cheap, well-conditioned scalar-power primitive.
        if kernel == .pow, case .tensor(let t) = a, case .number(let p) = b { return .tensor(t.pow(Float(p))) }
        let x = try a.asTensor("left operand of '\(op.rawValue)'"), y = try b.asTensor("right operand of '\(op.rawValue)'")
        return .tensor(try engine { try x.apply(kernel, y) })
    }
}
