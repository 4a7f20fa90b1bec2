/// Smoothing for noisy curves such as per-step training losses.
///
/// The renderer draws the raw series faintly and the smoothed one on top, as TensorBoard does,
/// so smoothing never hides the data.
public enum PlotSmoothing: Equatable, Sendable {
    /// Debiased exponential moving average with weight `w` in [0, 1): `s = w·s + (1 − w)·y`,
    /// divided by `1 − wⁿ` so the first points are not pulled towards zero.
    case exponential(Double)
    /// Trailing mean over the last `n` finite values (fewer at the start).
    case window(Int)

    /// `ys` smoothed; non-finite inputs stay NaN in the output and do not disturb the average.
    public func apply(_ ys: [Double]) -> [Double] {
        switch self {
        case .exponential(let weight):
            let w = weight.isFinite ? min(max(weight, 0), 0.999_999) : 0
            var last = 0.0
            var decay = 1.0
            return ys.map { y in
                guard y.isFinite else { return .nan }
                last = last * w + (1 - w) * y
                decay *= w
                let debias = 1 - decay
                return debias > 0 ? last / debias : y
            }
        case .window(let size):
            let k = max(1, size)
            var recent: [Double] = []  // a ring of the last k finite values
            var next = 0
            var sum = 0.0
            return ys.map { y in
                guard y.isFinite else { return .nan }
                if recent.count < k {
                    recent.append(y)
                    sum += y
                } else {
                    sum += y - recent[next]
                    recent[next] = y
                    next = (next + 1) % k
                    // Re-add from scratch once per lap so rounding error cannot build up.
                    if next == 0 { sum = recent.reduce(0, +) }
                }
                return sum / Double(recent.count)
            }
        }
    }
}
