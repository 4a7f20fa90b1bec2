/// A lane-wise function of one SIMD8 operand.
///
/// Kernels take it as a generic parameter rather than a closure: specialisation then inlines `apply`
/// into the loop reliably, whereas closures and function references were left as per-vector calls
/// (notably in `-enable-testing` builds), costing 3–5× on cheap ops.
protocol LaneMap {
    /// The result for one vector of inputs.
    func apply(_ x: SIMD8<Float>) -> SIMD8<Float>
}
