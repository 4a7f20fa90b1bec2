/// Gradient clipping by global L2 norm, as `torch.nn.utils.clip_grad_norm_`.
public enum GradientClipping {
    /// Scales every gradient by `maxNorm / (norm + 1e-6)` when that factor is below 1 and returns the
    /// pre-clip global norm (accumulated in Double). Parameters without a gradient are ignored.
    /// A non-finite norm is returned without scaling, so the caller can see it and skip the step
    /// (PyTorch would multiply every gradient by NaN).
    @discardableResult
    public static func clipGradNorm(_ parameters: [(String, Tensor)], maxNorm: Double) throws -> Double {
        try clipGradNorm(parameters.map { $0.1 }, maxNorm: maxNorm)
    }

    /// The same over bare tensors.
    @discardableResult
    public static func clipGradNorm(_ tensors: [Tensor], maxNorm: Double) throws -> Double {
        guard maxNorm >= 0, !maxNorm.isNaN else {
            throw TensorError("clip_grad_norm", "max norm must be ≥ 0, got \(maxNorm)")
        }
        var seen = Set<ObjectIdentifier>()
        var grads: [Tensor] = []
        for t in tensors where seen.insert(ObjectIdentifier(t)).inserted {
            guard let g = t.grad else { continue }
            // A strided gradient is rare; replace it by a contiguous copy so the in-place scale reaches `grad`.
            if !g.isContiguous { t.grad = g.copy() }
            if let c = t.grad { grads.append(c) }
        }
        var total = 0.0
        for g in grads { total += OptimizerKernels.sumOfSquares(g.basePointer, count: g.count) }
        let norm = total.squareRoot()
        guard norm.isFinite else { return norm }
        let coefficient = maxNorm / (norm + 1e-6)
        if coefficient < 1 {
            let f = Float(coefficient)
            for g in grads { OptimizerKernels.scale(g.basePointer, count: g.count, by: f) }
        }
        return norm
    }
}
