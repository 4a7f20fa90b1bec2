import Kernels

/// The backward of gelu as one fused SIMD pass (the derivative is costly enough that a separate
/// derivative tensor and multiply were a visible share of a transformer step).
enum GeluBackward {
    /// g · GELU'(x) for exact GELU (reusing the forward output `y`) or its tanh approximation.
    static func evaluate(x: Tensor, forward y: Tensor?, gradient g: Tensor, tanhApproximation: Bool) -> Tensor {
        let xs = x.contiguousData(), gs = g.contiguousData()
        // The tanh form ignores y; passing x keeps the kernel's signature uniform.
        let ys = y?.contiguousData() ?? xs
        let out = Tensor(uninitializedShape: x.shape)
        Elementwise.geluBackward(xs.basePointer, forward: ys.basePointer, gradient: gs.basePointer,
                                 into: out.basePointer, count: x.count, tanhApproximation: tanhApproximation)
        return out
    }
}
