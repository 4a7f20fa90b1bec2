import Kernels

/// The closed set of primitive operations the engine records; every other op is composed of these.
///
/// Each case carries exactly what its derivative rule (in `Derivatives.swift`) needs.
public enum OpKind {
    /// y = f(x) for an elementwise kernel.
    case unary(UnaryKernel)
    /// y = x ** p for a scalar exponent.
    case powScalar(Float)
    /// y = min(max(x, lo), hi).
    case clamp(lo: Float, hi: Float)
    /// z = a ∘ b with NumPy broadcasting.
    case binary(BinaryKernel)
    /// z = mask ? a : b (inputs: mask, a, b).
    case select
    /// A reduction over `axes` (sorted, normalised).
    case reduce(ReduceKernel, axes: [Int], keepDims: Bool)
    /// A view with a new shape over the same elements.
    case reshape
    /// A view with permuted axes.
    case permute([Int])
    /// A view broadcasting size-1 dimensions (stride 0).
    case expand
    /// A strided view: per axis (start, step) of the input.
    case slice(starts: [Int], steps: [Int])
    /// A copy into row-major layout.
    case contiguous
    /// Concatenation along an axis.
    case concat(axis: Int)
    /// out[..., i, ...] = x[..., index[..., i, ...], ...] along `axis` (inputs: x, index).
    case gather(axis: Int)
    /// out = x selected at `index` along `axis` (inputs: x, index), index is 1-d.
    case indexSelect(axis: Int)
    /// out = base with `src` added at `index` along `axis` (inputs: base, index, src).
    case scatterAdd(axis: Int)
    /// Batched matrix product with broadcast batch dimensions.
    case matmul
    /// x·Wᵀ + b for a linear layer (inputs: x [..., in], W [out, in], b [out]): the bias is
    /// added inside the matrix product instead of in a separate pass over the output.
    case linear
    /// Softmax over the last axis (fused; other axes use the composed form).
    case softmax
    /// Softmax over the last axis of attention scores [..., queries, keys] with a causal mask:
    /// query q sees keys up to `queryStart` + q (fused; the same as adding a −inf mask first).
    case causalSoftmax(queryStart: Int)
    /// Log-softmax over the last axis (fused).
    case logSoftmax
    /// (x − mean) / sqrt(var + eps) over the last axis (fused; the affine part is separate ops).
    case layerNorm(eps: Float)

    /// The primitive's name as graphs and error messages show it.
    public var name: String {
        switch self {
        case .unary(let k): return "\(k)"
        case .powScalar: return "pow"
        case .clamp: return "clamp"
        case .binary(let k): return "\(k)"
        case .select: return "where"
        case .reduce(let k, _, _): return "\(k)"
        case .reshape: return "reshape"
        case .permute: return "permute"
        case .expand: return "expand"
        case .slice: return "slice"
        case .contiguous: return "contiguous"
        case .concat: return "concat"
        case .gather: return "gather"
        case .indexSelect: return "index_select"
        case .scatterAdd: return "scatter_add"
        case .matmul: return "matmul"
        case .linear: return "linear"
        case .softmax: return "softmax"
        case .causalSoftmax: return "causal_softmax"
        case .logSoftmax: return "log_softmax"
        case .layerNorm: return "layer_norm"
        }
    }

    /// Short attribute strings for graph labels (`axes=[1]`, `p=2`).
    public var attributes: [String] {
        switch self {
        case .powScalar(let p): return ["p=\(p)"]
        case .clamp(let lo, let hi): return ["lo=\(lo)", "hi=\(hi)"]
        case .reduce(_, let axes, let keep): return ["axes=\(formatShape(axes))"] + (keep ? ["keepdim"] : [])
        case .permute(let p): return ["perm=\(formatShape(p))"]
        case .layerNorm(let eps): return ["eps=\(eps)"]
        case .causalSoftmax(let start): return start > 0 ? ["start=\(start)"] : []
        case .concat(let a), .gather(let a), .indexSelect(let a), .scatterAdd(let a): return ["axis=\(a)"]
        default: return []
        }
    }
}
