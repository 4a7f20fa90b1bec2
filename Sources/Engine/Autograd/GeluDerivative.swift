import Foundation

/// dGELU/dx, evaluated in Double per element (backward only; the forward has a SIMD kernel).
enum GeluDerivative {
    /// The derivative of exact GELU (x·Φ(x)) or of its tanh approximation at every element of `x`.
    static func evaluate(_ x: Tensor, tanhApproximation: Bool) -> Tensor {
        let src = x.contiguousData()
        let out = Tensor(uninitializedShape: x.shape)
        let invSqrt2 = 1 / 2.0.squareRoot(), invSqrt2Pi = 1 / (2 * Double.pi).squareRoot()
        let c = (2 / Double.pi).squareRoot()
        for i in 0..<x.count {
            let v = Double(src.basePointer[i])
            let d: Double
            if tanhApproximation {
                let u = c * (v + 0.044715 * v * v * v)
                let t = Foundation.tanh(u)
                d = 0.5 * (1 + t) + 0.5 * v * (1 - t * t) * c * (1 + 3 * 0.044715 * v * v)
            } else {
                d = 0.5 * (1 + erf(v * invSqrt2)) + v * Foundation.exp(-0.5 * v * v) * invSqrt2Pi
            }
            out.basePointer[i] = Float(d)
        }
        return out
    }
}
