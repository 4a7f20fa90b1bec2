import Kernels

/// An n-dimensional Float32 array with shape and strides, and the unit of automatic differentiation.
///
/// Integer data (token ids, labels) is stored as Float32, which is exact for integers up to 2^24;
/// operations that take indices check that the values are integral and name themselves if not.
public final class Tensor {
    /// Size of each dimension.
    public let shape: [Int]
    /// Distance in elements between neighbours along each dimension (0 for broadcast dimensions).
    public let strides: [Int]
    /// Index of the first element in `storage`.
    public let offset: Int
    /// The buffer this tensor (and its views) read from.
    public let storage: TensorStorage
    /// Whether operations on this tensor are recorded for backward.
    public var requiresGrad: Bool
    /// The accumulated gradient of a leaf after `backward()`; nil until then.
    public var grad: Tensor?
    /// The node that produced this tensor, or nil for leaves and for tensors made without recording.
    public internal(set) var gradNode: GradNode?
    /// A human name (a parameter's module path such as `blocks.0.attn.q.weight`), shown in graphs.
    public var name: String?

    /// Wraps existing storage; the designated initialiser every other constructor goes through.
    public init(storage: TensorStorage, shape: [Int], strides: [Int], offset: Int = 0, requiresGrad: Bool = false) {
        self.storage = storage
        self.shape = shape
        self.strides = strides
        self.offset = offset
        self.requiresGrad = requiresGrad
    }

    /// A contiguous tensor of `shape` over fresh uninitialised storage (callers fill every element).
    public convenience init(uninitializedShape shape: [Int]) {
        self.init(storage: TensorStorage.allocate(count: Shape.count(shape)), shape: shape,
                  strides: Shape.contiguousStrides(shape))
    }

    /// A contiguous tensor holding `values` in row-major order; `values.count` must match the shape.
    public convenience init(shape: [Int], values: [Float], requiresGrad: Bool = false) throws {
        try Shape.validate(shape, operation: "tensor")
        guard Shape.count(shape) == values.count else {
            throw TensorError("tensor", "\(values.count) values do not fill shape \(formatShape(shape))")
        }
        self.init(storage: TensorStorage.allocate(values), shape: shape, strides: Shape.contiguousStrides(shape),
                  requiresGrad: requiresGrad)
    }

    /// A 0-d tensor holding one number.
    public convenience init(scalar: Float, requiresGrad: Bool = false) {
        self.init(storage: TensorStorage.allocate(count: 1, repeating: scalar), shape: [], strides: [], requiresGrad: requiresGrad)
    }

    deinit {
        if let node = gradNode, node.output === self { node.output = nil }
    }

    /// Number of dimensions.
    @inlinable public var rank: Int { shape.count }
    /// Number of elements.
    @inlinable public var count: Int { Shape.count(shape) }
    /// True for tensors no recorded operation produced.
    public var isLeaf: Bool { gradNode == nil }

    /// True when the elements are laid out row-major without gaps, so kernels can run over them directly.
    public var isContiguous: Bool {
        var expected = 1
        var i = shape.count - 1
        while i >= 0 {
            if shape[i] != 1 && strides[i] != expected { return false }
            expected &*= shape[i]
            i -= 1
        }
        return true
    }

    /// Pointer to the first element (valid while the tensor is alive).
    @inlinable public var basePointer: UnsafeMutablePointer<Float> { storage.pointer + offset }

    /// All elements in row-major order.
    public var scalars: [Float] {
        let c = contiguous()
        return Array(UnsafeBufferPointer(start: c.basePointer, count: c.count))
    }

    /// The single value of a 0-d or one-element tensor.
    public func item() throws -> Float {
        guard count == 1 else {
            throw TensorError("item", "tensor of shape \(formatShape(shape)) has \(count) elements, expected 1")
        }
        return basePointer.pointee
    }

    /// A new tensor sharing this one's data, outside any graph (no grad, no node).
    public func detach() -> Tensor {
        Tensor(storage: storage, shape: shape, strides: strides, offset: offset)
    }

    /// The element at a full multi-index (for tests and printing; bounds are the caller's job).
    func element(at index: [Int]) -> Float {
        var o = offset
        for (i, s) in zip(index, strides) { o += i * s }
        return storage.pointer[o]
    }

    /// Calls `body` with the storage offset of every element, in row-major order.
    public func forEachStorageOffset(_ body: (Int) -> Void) { forEachOffset(body) }

    /// Storage offset of each element in row-major order (used by copies of strided views).
    func forEachOffset(_ body: (Int) -> Void) {
        if rank == 0 { body(offset); return }
        var index = [Int](repeating: 0, count: rank)
        var o = offset
        let n = count
        if n == 0 { return }
        for _ in 0..<n {
            body(o)
            var d = rank - 1
            while d >= 0 {
                index[d] += 1
                o += strides[d]
                if index[d] < shape[d] { break }
                o -= strides[d] * shape[d]
                index[d] = 0
                d -= 1
            }
        }
    }

    /// This tensor if contiguous, otherwise a contiguous copy (recorded for autograd like any op).
    public func contiguous() -> Tensor {
        if isContiguous { return self }
        let out = Tensor(uninitializedShape: shape)
        // Large copies split along the first axis: each worker copies whole slabs of rows.
        // (A non-contiguous tensor has rank ≥ 1: rank 0 is always contiguous.)
        let rows = shape[0], rowCount = count / Swift.max(rows, 1)
        let parts = Swift.min(rank > 1 && count >= 1 << 16 ? Threading.maxThreads : 1, rows)
        Threading.parallelFor(parts, threads: parts) { part in
            let first = rows * part / parts, end = rows * (part + 1) / parts
            var slabShape = shape
            slabShape[0] = end - first
            copyRuns(shape: slabShape, from: offset + first * strides[0], into: out.basePointer + first * rowCount)
        }
        Autograd.record(.contiguous, self, output: out, saved: [])
        return out
    }

    /// Copies the elements of the view `shape` at storage offset `start` (with this tensor's strides)
    /// in row-major order to `dst`, whole runs along the innermost coalesced axis at a time.
    private func copyRuns(shape: [Int], from start: Int, into dst: UnsafeMutablePointer<Float>) {
        let src = storage.pointer
        BroadcastLoop.forEachRun(shape: shape, strides: [strides, Shape.contiguousStrides(shape)],
                                 baseOffsets: [start, 0]) { off, n, inner in
            if inner[0] == 1 {
                (dst + off[1]).update(from: src + off[0], count: n)
            } else {
                let step = inner[0]
                for i in 0..<n { dst[off[1] + i] = src[off[0] + i * step] }
            }
        }
    }
}
