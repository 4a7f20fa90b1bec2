import Kernels

extension Tensor {
    /// x·Wᵀ + b for x [..., in], W [out, in] and b [out], as one primitive.
    ///
    /// The output starts as copies of b and the matrix product accumulates onto it, so the bias
    /// costs no pass of its own over the (large) output; W is read in place through its transpose.
    public static func linear(_ x: Tensor, weight: Tensor, bias: Tensor) throws -> Tensor {
        guard weight.rank == 2, x.rank >= 1, x.shape[x.rank - 1] == weight.shape[1] else {
            throw TensorError("linear", "input \(formatShape(x.shape)) does not match weight \(formatShape(weight.shape)) ([out, in])")
        }
        let (outFeatures, inFeatures) = (weight.shape[0], weight.shape[1])
        guard bias.shape == [outFeatures] else {
            throw TensorError("linear", "bias \(formatShape(bias.shape)) does not match weight \(formatShape(weight.shape)) (expected [\(outFeatures)])")
        }
        let outShape = Array(x.shape.dropLast()) + [outFeatures]
        try Shape.validate(outShape, operation: "linear")
        let out = Tensor(uninitializedShape: outShape)
        let rows = Shape.count(Array(x.shape.dropLast()))
        let xs = x.contiguousData(), ws = weight.contiguousData(), bs = bias.contiguousData()
        for r in 0..<rows { (out.basePointer + r * outFeatures).update(from: bs.basePointer, count: outFeatures) }
        Gemm.sgemm(m: rows, n: outFeatures, k: inFeatures, a: xs.basePointer, aRowStride: inFeatures, aColStride: 1,
                   b: ws.basePointer, bRowStride: 1, bColStride: inFeatures,
                   c: out.basePointer, cRowStride: outFeatures, accumulate: true, threads: Threading.maxThreads)
        Autograd.record(.linear, x, weight, bias, output: out, saved: [x, weight])
        return out
    }
}
