import Kernels

/// Ops composed from primitives: no kernels and no derivative rules of their own.
extension Tensor {
    /// log(sum(exp(x))) over `axes`, stabilised by subtracting the (detached) maximum.
    public func logsumexp(axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        let m = try detach().max(axes: axes, keepDims: true)
        // An all −inf row would give −inf − (−inf) = NaN; shift such rows by 0 instead.
        let safe = try Tensor.select(m.abs().apply(.less, scalar: .infinity), m, Tensor(scalar: 0))
        let shifted = try apply(.sub, safe)
        var out = try shifted.apply(.exp).sum(axes: axes, keepDims: true).apply(.log).apply(.add, safe)
        if !keepDims {
            let reduced = try Shape.normalizeAxes(axes, rank: rank, operation: "logsumexp")
            out = try out.reshape(Tensor.reducedShape(shape, axes: reduced, keepDims: false))
        }
        return out
    }

    /// Softmax along `axis`: one fused primitive over the last axis, composed otherwise.
    public func softmax(axis: Int = -1) throws -> Tensor {
        if try isLastAxis(axis, operation: "softmax"), let (rows, n) = lastAxisRows { return softmaxLastAxis(rows, n) }
        return try composedSoftmax(axis: axis)
    }

    /// Softmax composed from primitives (max, sub, exp, sum, div): the reference the fused kernel is tested against.
    public func composedSoftmax(axis: Int = -1) throws -> Tensor {
        try Autograd.withScope("softmax") { try softmaxBody(axis: axis) }
    }

    /// Whether `axis` (possibly negative) names the last axis; throws for an out-of-range axis.
    private func isLastAxis(_ axis: Int, operation: String) throws -> Bool {
        try Shape.normalizeAxes([axis], rank: rank, operation: operation) == [rank - 1]
    }

    private func softmaxBody(axis: Int) throws -> Tensor {
        let shifted = try apply(.sub, detach().max(axes: [axis], keepDims: true))
        let e = shifted.apply(.exp)
        return try e.apply(.div, e.sum(axes: [axis], keepDims: true))
    }

    /// Log-softmax along `axis`: one fused primitive over the last axis, composed otherwise.
    public func logSoftmax(axis: Int = -1) throws -> Tensor {
        if try isLastAxis(axis, operation: "log_softmax"), let (rows, n) = lastAxisRows { return logSoftmaxLastAxis(rows, n) }
        return try composedLogSoftmax(axis: axis)
    }

    /// Log-softmax composed as x − logsumexp(x): the reference the fused kernel is tested against.
    public func composedLogSoftmax(axis: Int = -1) throws -> Tensor {
        try apply(.sub, logsumexp(axes: [axis], keepDims: true))
    }

    /// Cross-entropy of logits [..., C] against integral class targets [...]; targets equal to
    /// `ignoreIndex` contribute nothing. `reduction` is "mean" (over counted targets), "sum" or "none".
    public func crossEntropy(targets: Tensor, ignoreIndex: Int = -100, reduction: String = "mean") throws -> Tensor {
        // Composites record under their own scope so graphs can draw (and collapse) them as one cluster.
        try Autograd.withScope("cross_entropy") { try crossEntropyBody(targets: targets, ignoreIndex: ignoreIndex, reduction: reduction) }
    }

    private func crossEntropyBody(targets: Tensor, ignoreIndex: Int, reduction: String) throws -> Tensor {
        guard rank >= 1, Array(shape.dropLast()) == targets.shape else {
            throw TensorError("cross_entropy", "logits \(formatShape(shape)) need targets of shape \(formatShape(Array(shape.dropLast()))), got \(formatShape(targets.shape))")
        }
        let classes = shape[rank - 1]
        let ignored = targets.apply(.equal, scalar: Float(ignoreIndex))
        let safeTargets = try Tensor.select(ignored, Tensor(scalar: 0), targets)
        _ = try safeTargets.integralIndices(operation: "cross_entropy", size: classes, allowNegative: false)
        let logp = try logSoftmax(axis: -1)
        let picked = try logp.gather(axis: -1, index: safeTargets.unsqueeze(-1)).squeeze(-1)
        let keep = ignored.apply(.neg).apply(.add, scalar: 1)
        let losses = try picked.apply(.mul, keep).apply(.neg)
        switch reduction {
        case "none": return losses
        case "sum": return try losses.sum()
        case "mean": return try losses.sum().apply(.div, keep.sum().clamp(min: 1))
        default: throw TensorError("cross_entropy", "unknown reduction '\(reduction)' (expected \"mean\", \"sum\" or \"none\")")
        }
    }

    /// Layer normalisation over the last axis with optional elementwise affine weight and bias.
    public func layerNorm(weight: Tensor? = nil, bias: Tensor? = nil, eps: Float = 1e-5) throws -> Tensor {
        try Autograd.withScope("layer_norm") { try layerNormBody(weight: weight, bias: bias, eps: eps) }
    }

    /// Layer normalisation composed from primitives (mean, sub, square, sqrt, …): the reference
    /// the fused kernel is tested against.
    public func composedLayerNorm(weight: Tensor? = nil, bias: Tensor? = nil, eps: Float = 1e-5) throws -> Tensor {
        try Autograd.withScope("layer_norm") { try layerNormBody(weight: weight, bias: bias, eps: eps, fused: false) }
    }

    private func layerNormBody(weight: Tensor?, bias: Tensor?, eps: Float, fused: Bool = true) throws -> Tensor {
        var out: Tensor
        if fused, let (rows, n) = lastAxisRows {
            out = normalizeLastAxis(rows, n, eps: eps)
        } else {
            let mu = try mean(axes: [-1], keepDims: true)
            let centered = try apply(.sub, mu)
            let variance = try centered.apply(.square).mean(axes: [-1], keepDims: true)
            out = try centered.apply(.mul, variance.apply(.add, scalar: eps).apply(.sqrt).apply(.reciprocal))
        }
        if let weight { out = try out.apply(.mul, weight) }
        if let bias { out = try out.apply(.add, bias) }
        return out
    }

    /// Inverted dropout with the shared seeded generator: zeroes each element with probability `p`
    /// and scales the rest by 1/(1−p); the identity when not `training` or p = 0.
    public func dropout(p: Float, training: Bool = true) throws -> Tensor {
        guard p >= 0 && p < 1 else { throw TensorError("dropout", "p must be in [0, 1), got \(p)") }
        guard training && p > 0 else { return self }
        let keep = try Tensor.rand(shape).apply(.greaterEqual, scalar: p).apply(.mul, scalar: 1 / (1 - p))
        return try apply(.mul, keep)
    }

    /// Replaces elements where `mask` is non-zero by `value`.
    public func maskedFill(_ mask: Tensor, _ value: Float) throws -> Tensor {
        try Tensor.select(mask, Tensor(scalar: value), self)
    }

    /// Draws `samples` class indices per row from probabilities [..., C] (rows need not be normalised).
    public func multinomial(samples: Int = 1) throws -> Tensor {
        guard rank >= 1, let classes = shape.last, classes > 0 else {
            throw TensorError("multinomial", "needs probabilities of shape [..., classes], got \(formatShape(shape))")
        }
        guard samples >= 1 else { throw TensorError("multinomial", "samples must be at least 1") }
        let p = contiguousData()
        let rows = count / classes
        let out = Tensor(uninitializedShape: Array(shape.dropLast()) + [samples])
        for r in 0..<rows {
            let row = p.basePointer + r * classes
            var total = 0.0
            for c in 0..<classes {
                let v = Double(row[c])
                guard v >= 0, v.isFinite else { throw TensorError("multinomial", "probabilities must be finite and non-negative, found \(v)") }
                total += v
            }
            guard total > 0 else { throw TensorError("multinomial", "row \(r) has zero total probability") }
            for s in 0..<samples {
                let u = RandomGenerator.shared.nextUniform() * total
                var acc = 0.0, chosen = classes - 1
                for c in 0..<classes {
                    acc += Double(row[c])
                    if u < acc { chosen = c; break }
                }
                out.basePointer[r * samples + s] = Float(chosen)
            }
        }
        return out
    }
}
