import Kernels

/// dGELU/dx at every element, from the SIMD derivative kernel (backward only).
enum GeluDerivative {
    /// The derivative of exact GELU (x·Φ(x)) or of its tanh approximation at every element of `x`.
    static func evaluate(_ x: Tensor, tanhApproximation: Bool) -> Tensor {
        let src = x.contiguousData()
        let out = Tensor(uninitializedShape: x.shape)
        Elementwise.geluDerivative(src.basePointer, out.basePointer, count: x.count, tanhApproximation: tanhApproximation)
        return out
    }
}
