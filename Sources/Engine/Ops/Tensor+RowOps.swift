import Kernels

/// Softmax, log-softmax and layer normalisation over the last axis as single primitives.
///
/// Their composed forms (kept in Tensor+Composite.swift for other axes, and as the reference the
/// tests compare against) cost about ten passes over the data forward and backward; in a
/// transformer step these rows are most of the work outside the matrix products.
extension Tensor {
    /// Rows and row length when the last axis can take a fused kernel (non-empty, rank ≥ 1).
    var lastAxisRows: (rows: Int, n: Int)? {
        guard let n = shape.last, n > 0, count > 0 else { return nil }
        return (count / n, n)
    }

    /// Softmax over the last axis in one pass per row.
    func softmaxLastAxis(_ rows: Int, _ n: Int) -> Tensor {
        rowwise(.softmax, rows, n, RowKernels.softmax)
    }

    /// Log-softmax over the last axis in one pass per row.
    func logSoftmaxLastAxis(_ rows: Int, _ n: Int) -> Tensor {
        rowwise(.logSoftmax, rows, n, RowKernels.logSoftmax)
    }

    /// Causal softmax of attention scores [..., queries, keys]: query q sees keys up to `queryStart` + q.
    public func causalSoftmax(queryStart: Int = 0) throws -> Tensor {
        guard rank >= 2 else {
            throw TensorError("causal_softmax", "needs scores [..., queries, keys], got \(formatShape(shape))")
        }
        guard let (rows, n) = lastAxisRows else { return try softmax(axis: -1) }
        let queries = shape[rank - 2]
        return rowwise(.causalSoftmax(queryStart: queryStart), rows, n) { x, y, rows, n in
            RowKernels.causalSoftmax(x, y, rows: rows, n: n, queries: queries, queryStart: queryStart)
        }
    }

    /// Applies a row kernel whose backward needs only its output, recording it as `op`.
    private func rowwise(_ op: OpKind, _ rows: Int, _ n: Int,
                         _ kernel: (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int, Int) -> Void) -> Tensor {
        let x = contiguousData()
        let out = Tensor(uninitializedShape: shape)
        kernel(x.basePointer, out.basePointer, rows, n)
        Autograd.record(op, self, output: out, saved: [out.detach()])
        return out
    }

    /// (x − mean) / sqrt(var + eps) over the last axis, without the affine weight and bias.
    func normalizeLastAxis(_ rows: Int, _ n: Int, eps: Float) -> Tensor {
        let x = contiguousData()
        let out = Tensor(uninitializedShape: shape)
        let rstd = Tensor(uninitializedShape: Array(shape.dropLast()) + [1])
        RowKernels.layerNorm(x.basePointer, out.basePointer, rstd: rstd.basePointer, rows: rows, n: n, eps: eps)
        Autograd.record(.layerNorm(eps: eps), self, output: out, saved: [out.detach(), rstd])
        return out
    }

    /// The input gradient of a fused row primitive from its output `y` (and layer norm's per-row
    /// 1/std) and the output gradient `g`.
    static func rowOpGradient(_ op: OpKind, output y: Tensor, rstd: Tensor?, _ g: Tensor) throws -> Tensor {
        guard let (rows, n) = y.lastAxisRows else { return Tensor.zeros(g.shape) }
        let gs = g.contiguousData()
        let dx = Tensor(uninitializedShape: y.shape)
        switch op {
        case .softmax, .causalSoftmax:
            // Masked entries have y = 0, so the softmax rule gives them no gradient.
            RowKernels.softmaxBackward(output: y.basePointer, gradient: gs.basePointer, into: dx.basePointer, rows: rows, n: n)
        case .logSoftmax:
            RowKernels.logSoftmaxBackward(output: y.basePointer, gradient: gs.basePointer, into: dx.basePointer, rows: rows, n: n)
        case .layerNorm:
            guard let rstd else { throw TensorError("layer_norm", "backward is missing its saved statistics") }
            RowKernels.layerNormBackward(output: y.basePointer, rstd: rstd.basePointer, gradient: gs.basePointer,
                                         into: dx.basePointer, rows: rows, n: n)
        default:
            throw TensorError(op.name, "is not a fused row op")
        }
        return dx
    }
}
