/// A lazy arithmetic progression `start, start + step, ...` stopping before `stop`.
///
/// `for i in range(1000000)` never builds a list; elements are computed as
/// `start + k * step` so rounding errors do not accumulate.
public final class RangeRef {
    /// First element.
    public let start: Double
    /// Bound, not included.
    public let stop: Double
    /// Increment (non-zero).
    public let step: Double
    /// Number of elements.
    public let count: Int

    /// Creates a range; `step` must be non-zero and finite (checked by the `range` builtin).
    public init(start: Double, stop: Double, step: Double) {
        self.start = start
        self.stop = stop
        self.step = step
        let n = ((stop - start) / step).rounded(.up)
        // Clamp before converting so a huge or NaN count cannot trap.
        self.count = n.isNaN || n <= 0 ? 0 : (n >= Double(Int.max / 2) ? Int.max / 2 : Int(n))
    }

    /// The k-th element (no bounds check; callers check against `count`).
    @inline(__always)
    public func element(_ k: Int) -> Double { start + Double(k) * step }
}
