extension Tensor {
    /// A tensor with the same elements in a new shape; one dimension may be -1 (inferred).
    /// A view when the layout allows, otherwise a copy.
    public func reshape(_ newShape: [Int]) throws -> Tensor {
        let target = try resolveReshape(newShape)
        if target == shape { return self }
        let source = isContiguous ? self : contiguous()
        let out = Tensor(storage: source.storage, shape: target, strides: Shape.contiguousStrides(target), offset: source.offset)
        Autograd.record(.reshape, source, output: out, saved: [])
        return out
    }

    private func resolveReshape(_ newShape: [Int]) throws -> [Int] {
        var target = newShape
        let inferred = newShape.indices.filter { newShape[$0] == -1 }
        guard inferred.count <= 1 else { throw TensorError("reshape", "only one dimension can be -1 in \(formatShape(newShape))") }
        for d in newShape where d < -1 { throw TensorError("reshape", "invalid dimension \(d) in \(formatShape(newShape))") }
        if let i = inferred.first {
            let known = newShape.enumerated().filter { $0.offset != i }.reduce(1) { $0 * $1.element }
            guard known > 0, count % known == 0 else {
                throw TensorError("reshape", "cannot reshape \(formatShape(shape)) (\(count) elements) into \(formatShape(newShape))")
            }
            target[i] = count / known
        }
        try Shape.validate(target, operation: "reshape")
        guard Shape.count(target) == count else {
            throw TensorError("reshape", "cannot reshape \(formatShape(shape)) (\(count) elements) into \(formatShape(newShape)) (\(Shape.count(target)) elements)")
        }
        return target
    }

    /// A view with the axes reordered: output axis i is input axis `order[i]`.
    public func permute(_ order: [Int]) throws -> Tensor {
        guard order.count == rank else {
            throw TensorError("permute", "order \(formatShape(order)) has \(order.count) axes but the tensor \(formatShape(shape)) has \(rank)")
        }
        let axes = try order.map { try Shape.normalizeAxis($0, rank: rank, operation: "permute") }
        guard Set(axes).count == rank else { throw TensorError("permute", "order \(formatShape(order)) repeats an axis") }
        if axes == Array(0..<rank) { return self }
        let out = Tensor(storage: storage, shape: axes.map { shape[$0] }, strides: axes.map { strides[$0] }, offset: offset)
        Autograd.record(.permute(axes), self, output: out, saved: [])
        return out
    }

    /// A view swapping two axes (the last two by default, as `.T` of a matrix).
    public func transpose(_ a: Int = -2, _ b: Int = -1) throws -> Tensor {
        guard rank >= 2 else { return self }
        let i = try Shape.normalizeAxis(a, rank: rank, operation: "transpose")
        let j = try Shape.normalizeAxis(b, rank: rank, operation: "transpose")
        var order = Array(0..<rank)
        order.swapAt(i, j)
        return try permute(order)
    }

    /// A view broadcasting size-1 (or missing leading) dimensions to `newShape` without copying.
    public func expand(_ newShape: [Int]) throws -> Tensor {
        guard newShape.count >= rank else {
            throw TensorError("expand", "cannot expand \(formatShape(shape)) to fewer dimensions \(formatShape(newShape))")
        }
        let pad = newShape.count - rank
        var target = newShape
        var newStrides = [Int](repeating: 0, count: newShape.count)
        for i in 0..<newShape.count {
            if i < pad {
                guard newShape[i] >= 0 else { throw TensorError("expand", "invalid size \(newShape[i])") }
                continue
            }
            let d = shape[i - pad]
            if newShape[i] == -1 { target[i] = d }
            if target[i] == d {
                newStrides[i] = strides[i - pad]
            } else if d != 1 {
                throw TensorError("expand", "cannot expand \(formatShape(shape)) to \(formatShape(newShape)): dimension \(i) is \(d), not 1")
            }
        }
        try Shape.validate(target, operation: "expand")
        if target == shape { return self }
        let out = Tensor(storage: storage, shape: target, strides: newStrides, offset: offset)
        Autograd.record(.expand, self, output: out, saved: [])
        return out
    }

    /// A strided view: for each axis a Python-style range (start, end, step; negative indices count from the end).
    public func slice(_ ranges: [SliceRange]) throws -> Tensor {
        guard ranges.count <= rank else {
            throw TensorError("slice", "\(ranges.count) indices for a tensor of rank \(rank) \(formatShape(shape))")
        }
        var newShape = shape, newStrides = strides, starts = [Int](repeating: 0, count: rank), steps = [Int](repeating: 1, count: rank)
        var newOffset = offset
        for (axis, r) in ranges.enumerated() {
            let (start, length, step) = try r.resolve(size: shape[axis], axis: axis)
            starts[axis] = start
            steps[axis] = step
            newShape[axis] = length
            newStrides[axis] = strides[axis] * step
            if length > 0 { newOffset += start * strides[axis] }
        }
        if newShape == shape && newStrides == strides { return self }
        let out = Tensor(storage: storage, shape: newShape, strides: newStrides, offset: newOffset)
        Autograd.record(.slice(starts: starts, steps: steps), self, output: out, saved: [])
        return out
    }

    /// Removes one axis by taking index `i` along it (negative counts from the end).
    public func select(axis: Int, index i: Int) throws -> Tensor {
        let a = try Shape.normalizeAxis(axis, rank: rank, operation: "index")
        let size = shape[a]
        let j = i < 0 ? i + size : i
        guard j >= 0 && j < size else {
            throw TensorError("index", "index \(i) is out of range for axis \(axis) of size \(size) (shape \(formatShape(shape)))")
        }
        var ranges = [SliceRange](repeating: .all, count: a + 1)
        ranges[a] = SliceRange(start: j, end: j + 1, step: 1)
        var newShape = shape
        newShape.remove(at: a)
        return try slice(ranges).reshape(newShape)
    }

    /// Inserts a size-1 axis at `axis`.
    public func unsqueeze(_ axis: Int) throws -> Tensor {
        let a = try Shape.normalizeAxis(axis, rank: rank + 1, operation: "unsqueeze")
        var s = shape
        s.insert(1, at: a)
        return try reshape(s)
    }

    /// Removes size-1 axes (all of them, or just `axis`).
    public func squeeze(_ axis: Int? = nil) throws -> Tensor {
        if let axis {
            let a = try Shape.normalizeAxis(axis, rank: rank, operation: "squeeze")
            guard shape[a] == 1 else { return self }
            var s = shape
            s.remove(at: a)
            return try reshape(s)
        }
        return try reshape(shape.filter { $0 != 1 })
    }

    /// The tensor as one dimension.
    public func flatten() throws -> Tensor { try reshape([count]) }
}

/// One axis of a slice: Python's `start:end:step` with optional parts and negative indices.
public struct SliceRange: Sendable, Equatable {
    /// First index (nil: beginning, or end for a negative step).
    public var start: Int?
    /// One past the last index (nil: end, or before the beginning for a negative step).
    public var end: Int?
    /// Distance between taken indices; must not be zero.
    public var step: Int

    /// A range over the whole axis.
    public static let all = SliceRange(start: nil, end: nil, step: 1)

    /// Creates a slice range.
    public init(start: Int?, end: Int?, step: Int = 1) {
        self.start = start; self.end = end; self.step = step
    }

    /// Start index, length and step on an axis of `size`, clamped like Python.
    func resolve(size: Int, axis: Int) throws -> (Int, Int, Int) {
        guard step != 0 else { throw TensorError("slice", "step cannot be zero (axis \(axis))") }
        func clampIndex(_ i: Int, lower: Int, upper: Int) -> Int {
            let j = i < 0 ? i + size : i
            return Swift.min(Swift.max(j, lower), upper)
        }
        if step > 0 {
            let s = start.map { clampIndex($0, lower: 0, upper: size) } ?? 0
            let e = end.map { clampIndex($0, lower: 0, upper: size) } ?? size
            return (s, e > s ? (e - s + step - 1) / step : 0, step)
        }
        let s = start.map { clampIndex($0, lower: -1, upper: size - 1) } ?? size - 1
        let e = end.map { clampIndex($0, lower: -1, upper: size - 1) } ?? -1
        return (s, s > e ? (s - e - step - 1) / (-step) : 0, step)
    }
}
