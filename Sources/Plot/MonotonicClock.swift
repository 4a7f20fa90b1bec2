/// The default time source for progress reporting and cell timings: seconds on a monotonic
/// clock since first use. Tests inject their own closure instead.
public enum MonotonicClock {
    private static let origin = ContinuousClock.now

    /// Seconds elapsed since the clock was first read.
    @Sendable public static func seconds() -> Double {
        let d = ContinuousClock.now - origin
        let (s, atto) = d.components
        return Double(s) + Double(atto) * 1e-18
    }
}
