extension Tensor {
    /// A tensor of zeros.
    public static func zeros(_ shape: [Int], requiresGrad: Bool = false) -> Tensor {
        full(shape, 0, requiresGrad: requiresGrad)
    }

    /// A tensor of ones.
    public static func ones(_ shape: [Int], requiresGrad: Bool = false) -> Tensor {
        full(shape, 1, requiresGrad: requiresGrad)
    }

    /// A tensor filled with `value` (the shape is assumed valid; use `checkedShape` on user input first).
    public static func full(_ shape: [Int], _ value: Float, requiresGrad: Bool = false) -> Tensor {
        Tensor(storage: TensorStorage.allocate(count: Shape.count(shape), repeating: value), shape: shape,
               strides: Shape.contiguousStrides(shape), requiresGrad: requiresGrad)
    }

    /// Validates a user-given shape for a creation function and returns it.
    public static func checkedShape(_ shape: [Int], operation: String) throws -> [Int] {
        try Shape.validate(shape, operation: operation)
        return shape
    }

    /// Values start, start+step, ... below end (like `numpy.arange`).
    public static func arange(_ start: Double, _ end: Double, step: Double = 1) throws -> Tensor {
        guard step != 0, step.isFinite, start.isFinite, end.isFinite else {
            throw TensorError("arange", "start, end and step must be finite and step non-zero")
        }
        let n = Swift.max(0, Int(((end - start) / step).rounded(.up)))
        try Shape.validate([n], operation: "arange")
        return try Tensor(shape: [n], values: (0..<n).map { Float(start + Double($0) * step) })
    }

    /// `count` evenly spaced values from start to end inclusive.
    public static func linspace(_ start: Double, _ end: Double, count: Int) throws -> Tensor {
        try Shape.validate([count], operation: "linspace")
        if count == 1 { return try Tensor(shape: [1], values: [Float(start)]) }
        let step = (end - start) / Double(Swift.max(count - 1, 1))
        return try Tensor(shape: [count], values: (0..<count).map { Float(start + Double($0) * step) })
    }

    /// The n×n identity matrix (or n×m with ones on the diagonal).
    public static func eye(_ n: Int, _ m: Int? = nil) throws -> Tensor {
        let cols = m ?? n
        try Shape.validate([n, cols], operation: "eye")
        let t = zeros([n, cols])
        for i in 0..<Swift.min(n, cols) { t.basePointer[i * cols + i] = 1 }
        return t
    }

    /// Standard normal samples from the shared seeded generator.
    public static func randn(_ shape: [Int], requiresGrad: Bool = false) throws -> Tensor {
        try Shape.validate(shape, operation: "randn")
        let t = Tensor(uninitializedShape: shape)
        for i in 0..<t.count { t.basePointer[i] = Float(RandomGenerator.shared.nextNormal()) }
        t.requiresGrad = requiresGrad
        return t
    }

    /// Uniform samples in [low, high) from the shared seeded generator.
    public static func rand(_ shape: [Int], low: Double = 0, high: Double = 1, requiresGrad: Bool = false) throws -> Tensor {
        try Shape.validate(shape, operation: "rand")
        let t = Tensor(uninitializedShape: shape)
        for i in 0..<t.count { t.basePointer[i] = Float(low + (high - low) * RandomGenerator.shared.nextUniform()) }
        t.requiresGrad = requiresGrad
        return t
    }

    /// Uniform integers in [low, high) from the shared seeded generator, stored exactly as Float32.
    public static func randint(_ low: Int, _ high: Int, shape: [Int]) throws -> Tensor {
        try Shape.validate(shape, operation: "randint")
        guard high > low else { throw TensorError("randint", "high (\(high)) must be greater than low (\(low))") }
        guard low >= -(1 << 24), high <= (1 << 24) else {
            throw TensorError("randint", "bounds must lie within ±2^24 so values stay exact in Float32")
        }
        let t = Tensor(uninitializedShape: shape)
        let span = UInt64(high - low)
        for i in 0..<t.count { t.basePointer[i] = Float(low + Int(RandomGenerator.shared.nextInt(below: span))) }
        return t
    }

    /// Lower-triangular mask (ones on and below diagonal `k`) of shape rows×cols.
    public static func tril(_ rows: Int, _ cols: Int, diagonal k: Int = 0) throws -> Tensor {
        try triangle(rows, cols, operation: "tril") { i, j in j - i <= k }
    }

    /// Upper-triangular mask (ones on and above diagonal `k`) of shape rows×cols.
    public static func triu(_ rows: Int, _ cols: Int, diagonal k: Int = 0) throws -> Tensor {
        try triangle(rows, cols, operation: "triu") { i, j in j - i >= k }
    }

    private static func triangle(_ rows: Int, _ cols: Int, operation: String, _ keep: (Int, Int) -> Bool) throws -> Tensor {
        try Shape.validate([rows, cols], operation: operation)
        let t = zeros([rows, cols])
        for i in 0..<rows { for j in 0..<cols where keep(i, j) { t.basePointer[i * cols + j] = 1 } }
        return t
    }
}

/// A nested list of numbers, as a script or test writes a tensor literal.
public indirect enum NestedValues: Sendable, Equatable {
    /// A single number.
    case scalar(Double)
    /// A list of nested values (all of one shape).
    case list([NestedValues])
}

extension Tensor {
    /// A tensor from nested lists; every sub-list at one depth must have the same length.
    public convenience init(nested: NestedValues, requiresGrad: Bool = false) throws {
        var shape: [Int] = []
        var probe = nested
        while case .list(let items) = probe {
            shape.append(items.count)
            guard let first = items.first else { break }
            probe = first
        }
        var values: [Float] = []
        values.reserveCapacity(Shape.count(shape))
        func walk(_ v: NestedValues, depth: Int) throws {
            switch v {
            case .scalar(let x):
                guard depth == shape.count else {
                    throw TensorError("tensor", "ragged nested list: a number at depth \(depth) where lists of shape \(formatShape(shape)) were expected")
                }
                values.append(Float(x))
            case .list(let items):
                guard depth < shape.count, items.count == shape[depth] else {
                    throw TensorError("tensor", "ragged nested list: expected \(depth < shape.count ? String(shape[depth]) : "no") items at depth \(depth), found \(items.count)")
                }
                for item in items { try walk(item, depth: depth + 1) }
            }
        }
        try walk(nested, depth: 0)
        try self.init(shape: shape, values: values, requiresGrad: requiresGrad)
    }
}
