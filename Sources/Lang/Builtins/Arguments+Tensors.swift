import Engine

/// Argument readers for engine bindings.
extension Arguments {
    /// The i-th value as a tensor (numbers and nested lists convert).
    public func tensor(_ i: Int) throws -> Tensor {
        do {
            return try self[i].asTensor("\(builtin.name)() argument '\(parameterName(i))'")
        } catch let e as RuntimeError {
            throw e
        } catch {
            throw RuntimeError("\(builtin.name)() argument '\(parameterName(i))': \(error)")
        }
    }

    /// The receiver of a tensor method.
    public func receiverTensor() throws -> Tensor {
        guard case .tensor(let t) = receiver else { throw RuntimeError("\(builtin.name)() needs a tensor receiver") }
        return t
    }

    /// The i-th value as an optional list of axes: nil, one integer, or a list of integers.
    public func axes(_ i: Int) throws -> [Int]? {
        switch self[i] {
        case .nil: return nil
        case .number: return [try integer(i)]
        case .list(let l):
            return try l.items.map {
                guard case .number(let x) = $0 else { throw typeError(i, expected: "an integer or a list of integers") }
                return try Value.integer(from: x, what: "axis")
            }
        default: throw typeError(i, expected: "an integer or a list of integers")
        }
    }

    /// The i-th value as a list of non-negative integers (a shape), or the variadic integers from i.
    public func shape(_ i: Int) throws -> [Int] {
        var dims: [Value]
        switch self[i] {
        case .list(let l): dims = l.items
        case .number: dims = [self[i]]
        default: throw typeError(i, expected: "a shape (integers)")
        }
        if dims.count == 1, case .list(let inner) = dims[0] { dims = inner.items }
        let shape = try dims.map { v -> Int in
            guard case .number(let x) = v else { throw typeError(i, expected: "a shape of integers") }
            return try Value.integer(from: x, what: "\(builtin.name)() dimension")
        }
        try Value.engine { try Shape.validate(shape, operation: builtin.name) }
        return shape
    }

    /// The i-th value as an optional Float.
    public func optionalFloat(_ i: Int) throws -> Float? {
        isNil(i) ? nil : Float(try number(i))
    }
}
