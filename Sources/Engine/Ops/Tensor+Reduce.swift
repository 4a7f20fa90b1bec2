import Kernels

extension Tensor {
    /// Reduces over `axes` (all axes when nil) with sum, max or min, keeping reduced axes as size 1 if asked.
    public func reduce(_ kernel: ReduceKernel, axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        let reduced = try Shape.normalizeAxes(axes, rank: rank, operation: "\(kernel)")
        if kernel != .sum && count == 0 {
            throw TensorError("\(kernel)", "cannot take the \(kernel) of an empty tensor \(formatShape(shape))")
        }
        let outShape = Tensor.reducedShape(shape, axes: reduced, keepDims: keepDims)
        let out = reduceData(kernel, reduced: reduced, outShape: outShape)
        let saved: [Tensor] = kernel == .sum ? [] : [self, out.detach()]
        Autograd.record(.reduce(kernel, axes: reduced, keepDims: keepDims), self, output: out, saved: saved)
        return out
    }

    /// Shape after reducing `axes`.
    static func reducedShape(_ shape: [Int], axes: [Int], keepDims: Bool) -> [Int] {
        var out: [Int] = []
        for (d, n) in shape.enumerated() {
            if axes.contains(d) {
                if keepDims { out.append(1) }
            } else {
                out.append(n)
            }
        }
        return out
    }

    /// Unrecorded reduction kernel dispatch.
    func reduceData(_ kernel: ReduceKernel, reduced: [Int], outShape: [Int]) -> Tensor {
        let out = Tensor(uninitializedShape: outShape)
        if reduced.isEmpty || rank == 0 {
            out.basePointer.update(from: contiguousData().basePointer, count: count)
            return out
        }
        let isBlock = reduced.last! - reduced.first! + 1 == reduced.count
        if isBlock {
            let x = contiguousData()
            let outer = Shape.count(Array(shape.prefix(reduced.first!)))
            let n = Shape.count(Array(shape[reduced.first!...reduced.last!]))
            let inner = Shape.count(Array(shape.suffix(from: reduced.last! + 1)))
            if inner == 1 {
                for o in 0..<outer {
                    out.basePointer[o] = Reduction.reduce(kernel, x.basePointer + o * n, count: n)
                }
            } else {
                Reduction.reduceMiddle(kernel, x.basePointer, outer: outer, n: n, inner: inner, out.basePointer)
            }
            return out
        }
        let kept = (0..<rank).filter { !reduced.contains($0) }
        let moved = TemporaryTensors.hold(Autograd.noGrad { (try? permute(kept + reduced))?.contiguous() } ?? contiguousData())
        let n = Shape.count(reduced.map { shape[$0] })
        for o in 0..<out.count {
            out.basePointer[o] = Reduction.reduce(kernel, moved.basePointer + o * n, count: n)
        }
        return out
    }

    /// Sum over `axes` (all when nil).
    public func sum(axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        try reduce(.sum, axes: axes, keepDims: keepDims)
    }

    /// Mean over `axes` (all when nil), composed as sum / count.
    public func mean(axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        let reduced = try Shape.normalizeAxes(axes, rank: rank, operation: "mean")
        let n = Shape.count(reduced.map { shape[$0] })
        return try sum(axes: axes, keepDims: keepDims).apply(.mul, scalar: 1 / Float(Swift.max(n, 1)))
    }

    /// Maximum over `axes` (all when nil).
    public func max(axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        try reduce(.max, axes: axes, keepDims: keepDims)
    }

    /// Minimum over `axes` (all when nil).
    public func min(axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        try reduce(.min, axes: axes, keepDims: keepDims)
    }

    /// Index of the largest value along `axis` (over the flattened tensor when nil); not differentiable.
    public func argmax(axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
        try argExtreme(axis: axis, keepDims: keepDims, name: "argmax", Reduction.argmax)
    }

    /// Index of the smallest value along `axis` (over the flattened tensor when nil); not differentiable.
    public func argmin(axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
        try argExtreme(axis: axis, keepDims: keepDims, name: "argmin", Reduction.argmin)
    }

    private func argExtreme(axis: Int?, keepDims: Bool, name: String,
                            _ find: (UnsafePointer<Float>, Int, Int) -> Int) throws -> Tensor {
        guard count > 0 else { throw TensorError(name, "empty tensor \(formatShape(shape))") }
        guard let axis else {
            let c = contiguousData()
            return Tensor(scalar: Float(find(c.basePointer, count, 1)))
        }
        let a = try Shape.normalizeAxis(axis, rank: rank, operation: name)
        let c = contiguousData()
        let outer = Shape.count(Array(shape.prefix(a)))
        let n = shape[a]
        let inner = Shape.count(Array(shape.suffix(from: a + 1)))
        let out = Tensor(uninitializedShape: Tensor.reducedShape(shape, axes: [a], keepDims: keepDims))
        for o in 0..<outer {
            for i in 0..<inner {
                out.basePointer[o * inner + i] = Float(find(c.basePointer + o * n * inner + i, n, inner))
            }
        }
        return out
    }

    /// Sums a broadcast gradient back down to `target` shape (the adjoint of broadcasting).
    func sumToShape(_ target: [Int]) throws -> Tensor {
        if shape == target { return self }
        let pad = rank - target.count
        var axes = Array(0..<Swift.max(pad, 0))
        for (i, d) in target.enumerated() where d == 1 && shape[i + pad] != 1 {
            axes.append(i + pad)
        }
        let summed = axes.isEmpty ? self : try sum(axes: axes, keepDims: true)
        return try summed.reshape(target)
    }
}
