/// A lane-wise function of two SIMD8 operands (see LaneMap for why this is a protocol, not a closure).
protocol LaneZip {
    /// The result for one vector of each input.
    func apply(_ a: SIMD8<Float>, _ b: SIMD8<Float>) -> SIMD8<Float>
}

/// A lane-wise function of three SIMD8 operands (fused backward rules such as gelu's).
protocol LaneZip3 {
    /// The result for one vector of each input.
    func apply(_ a: SIMD8<Float>, _ b: SIMD8<Float>, _ c: SIMD8<Float>) -> SIMD8<Float>
}
