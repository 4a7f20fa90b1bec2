extension Tensor {
    /// Reads the values of an index tensor as Ints, checking each is integral and in `0..<size`
    /// (negative values count from the end when `allowNegative`), naming `operation` on failure.
    func integralIndices(operation: String, size: Int, allowNegative: Bool = true) throws -> [Int] {
        let values = scalars
        var out = [Int](repeating: 0, count: values.count)
        for (k, v) in values.enumerated() {
            guard v.isFinite, v == v.rounded() else {
                throw TensorError(operation, "index \(v) is not an integer (indices must be integral)")
            }
            var i = Int(v)
            if allowNegative && i < 0 { i += size }
            guard i >= 0 && i < size else {
                throw TensorError(operation, "index \(Int(v)) is out of range for size \(size)")
            }
            out[k] = i
        }
        return out
    }

    /// Concatenates tensors along `axis`; all other dimensions must agree.
    public static func concat(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = tensors.first else { throw TensorError("concat", "needs at least one tensor") }
        let a = try Shape.normalizeAxis(axis, rank: first.rank, operation: "concat")
        var total = 0
        for t in tensors {
            guard t.rank == first.rank else {
                throw TensorError("concat", "tensors of shapes \(formatShape(first.shape)) and \(formatShape(t.shape)) have different ranks")
            }
            for d in 0..<t.rank where d != a && t.shape[d] != first.shape[d] {
                throw TensorError("concat", "shapes \(formatShape(first.shape)) and \(formatShape(t.shape)) differ outside axis \(axis)")
            }
            total += t.shape[a]
        }
        var outShape = first.shape
        outShape[a] = total
        let out = Tensor(uninitializedShape: outShape)
        let outer = Shape.count(Array(outShape.prefix(a)))
        let inner = Shape.count(Array(outShape.suffix(from: a + 1)))
        var column = 0
        for t in tensors {
            let c = t.contiguousData()
            let block = t.shape[a] * inner
            for o in 0..<outer where block > 0 {
                (out.basePointer + o * total * inner + column * inner).update(from: c.basePointer + o * block, count: block)
            }
            column += t.shape[a]
        }
        Autograd.record(.concat(axis: a), inputs: tensors, output: out, saved: [])
        return out
    }

    /// Stacks equally shaped tensors along a new axis.
    public static func stack(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = tensors.first else { throw TensorError("stack", "needs at least one tensor") }
        let a = try Shape.normalizeAxis(axis, rank: first.rank + 1, operation: "stack")
        for t in tensors where t.shape != first.shape {
            throw TensorError("stack", "shapes \(formatShape(first.shape)) and \(formatShape(t.shape)) differ")
        }
        return try concat(tensors.map { try $0.unsqueeze(a) }, axis: a)
    }

    /// Splits along `axis` into pieces of the given sizes (views).
    public func split(_ sizes: [Int], axis: Int = 0) throws -> [Tensor] {
        let a = try Shape.normalizeAxis(axis, rank: rank, operation: "split")
        guard sizes.allSatisfy({ $0 >= 0 }), sizes.reduce(0, +) == shape[a] else {
            throw TensorError("split", "sizes \(formatShape(sizes)) do not add up to \(shape[a]) (axis \(axis) of \(formatShape(shape)))")
        }
        var start = 0
        return try sizes.map { n in
            var ranges = [SliceRange](repeating: .all, count: a + 1)
            ranges[a] = SliceRange(start: start, end: start + n)
            start += n
            return try slice(ranges)
        }
    }

    /// Takes values along `axis` at `index` (same rank; other dimensions no larger), like `torch.gather`.
    public func gather(axis: Int, index: Tensor) throws -> Tensor {
        let a = try Shape.normalizeAxis(axis, rank: rank, operation: "gather")
        guard index.rank == rank else {
            throw TensorError("gather", "index \(formatShape(index.shape)) must have the rank of the input \(formatShape(shape))")
        }
        for d in 0..<rank where d != a && index.shape[d] > shape[d] {
            throw TensorError("gather", "index \(formatShape(index.shape)) is larger than the input \(formatShape(shape)) at dimension \(d)")
        }
        let idx = try index.integralIndices(operation: "gather", size: shape[a])
        let out = Tensor(uninitializedShape: index.shape)
        let src = storage.pointer
        var k = 0
        let dst = out.basePointer
        forEachIndex(of: index.shape) { position in
            var o = offset
            for d in 0..<rank { o += (d == a ? idx[k] : position[d]) * strides[d] }
            dst[k] = src[o]
            k += 1
        }
        Autograd.record(.gather(axis: a), self, index, output: out, saved: [index])
        return out
    }

    /// Rows (or slices along `axis`) picked by a 1-d or n-d index tensor, like an embedding lookup.
    public func indexSelect(axis: Int, index: Tensor) throws -> Tensor {
        let a = try Shape.normalizeAxis(axis, rank: rank, operation: "index_select")
        let idx = try index.integralIndices(operation: "index_select", size: shape[a])
        let x = contiguousData()
        let outer = Shape.count(Array(shape.prefix(a)))
        let inner = Shape.count(Array(shape.suffix(from: a + 1)))
        let outShape = Array(shape.prefix(a)) + index.shape + Array(shape.suffix(from: a + 1))
        let out = Tensor(uninitializedShape: outShape)
        for o in 0..<outer {
            for (j, i) in idx.enumerated() where inner > 0 {
                (out.basePointer + (o * idx.count + j) * inner).update(from: x.basePointer + (o * shape[a] + i) * inner, count: inner)
            }
        }
        Autograd.record(.indexSelect(axis: a), self, index, output: out, saved: [index])
        return out
    }

    /// A copy of this tensor with `source` added at `index` along `axis` (the adjoint of `gather`).
    public func scatterAdd(axis: Int, index: Tensor, source: Tensor) throws -> Tensor {
        let a = try Shape.normalizeAxis(axis, rank: rank, operation: "scatter_add")
        guard index.shape == source.shape, index.rank == rank else {
            throw TensorError("scatter_add", "index \(formatShape(index.shape)) and source \(formatShape(source.shape)) must have the same shape and the rank of \(formatShape(shape))")
        }
        for d in 0..<rank where d != a && index.shape[d] > shape[d] {
            throw TensorError("scatter_add", "index \(formatShape(index.shape)) is larger than the input \(formatShape(shape)) at dimension \(d)")
        }
        let idx = try index.integralIndices(operation: "scatter_add", size: shape[a])
        let out = Autograd.noGrad { contiguous() }
        let result = out === self ? Autograd.noGrad { copy() } : out
        let src = source.contiguousData().basePointer
        let outStrides = result.strides
        var k = 0
        forEachIndex(of: index.shape) { position in
            var o = 0
            for d in 0..<rank { o += (d == a ? idx[k] : position[d]) * outStrides[d] }
            result.basePointer[o] += src[k]
            k += 1
        }
        Autograd.record(.scatterAdd(axis: a), self, index, source, output: result, saved: [index])
        return result
    }

    /// A contiguous copy that never shares storage with this tensor.
    public func copy() -> Tensor {
        let c = contiguousData()
        let out = Tensor(uninitializedShape: shape)
        out.basePointer.update(from: c.basePointer, count: count)
        return out
    }

    /// One-hot encoding of integral class ids: shape `shape + [classes]`.
    public func oneHot(classes: Int) throws -> Tensor {
        let idx = try integralIndices(operation: "one_hot", size: classes, allowNegative: false)
        let out = Tensor(storage: TensorStorage.allocate(count: count * classes, repeating: 0), shape: shape + [classes],
                         strides: Shape.contiguousStrides(shape + [classes]))
        for (k, i) in idx.enumerated() { out.basePointer[k * classes + i] = 1 }
        return out
    }

    /// Calls `body` with every multi-index of `shape` in row-major order.
    func forEachIndex(of shape: [Int], _ body: ([Int]) -> Void) {
        let n = Shape.count(shape)
        guard n > 0 else { return }
        var position = [Int](repeating: 0, count: shape.count)
        for _ in 0..<n {
            body(position)
            var d = shape.count - 1
            while d >= 0 {
                position[d] += 1
                if position[d] < shape[d] { break }
                position[d] = 0
                d -= 1
            }
        }
    }
}
