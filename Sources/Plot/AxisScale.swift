/// One axis of a plot: its domain in transformed units (log10 of the value on a log axis) and
/// its tick positions with labels. Internal: the renderer's layout detail.
struct AxisScale: Equatable {
    /// The low end of the domain, in transformed units.
    var lower: Double
    /// The high end of the domain, in transformed units.
    var upper: Double
    /// Tick positions in transformed units, ascending.
    var ticks: [Double]
    /// One label per tick.
    var labels: [String]
    /// Whether values pass through log10.
    var isLog: Bool

    /// The transformed value of `v`, or nil when `v` cannot be shown (non-finite, or ≤ 0 on a log axis).
    func transform(_ v: Double) -> Double? {
        guard v.isFinite else { return nil }
        if isLog {
            guard v > 0 else { return nil }
            return PlotMath.log10(v)
        }
        return v
    }

    /// The fraction 0…1 of the way from `lower` to `upper` for a transformed value.
    func fraction(_ t: Double) -> Double {
        upper > lower ? (t - lower) / (upper - lower) : 0.5
    }

    /// A scale for data in `[min, max]` (raw values), linear or logarithmic.
    /// `tight` keeps the domain at the data's extent (ticks inside it) instead of widening it to
    /// the next ticks: right for x, where the data usually starts and ends at round steps anyway.
    static func make(min lo: Double?, max hi: Double?, log: Bool, targetTicks: Int = 6, tight: Bool = false) -> AxisScale {
        if log {
            guard let lo, let hi, lo > 0, hi > 0 else {
                return logarithmic(lower: 0, upper: 1)
            }
            return logarithmic(lower: PlotMath.log10(lo), upper: PlotMath.log10(hi))
        }
        guard let lo, let hi else { return linear(min: 0, max: 1, targetTicks: targetTicks) }
        let nice = linear(min: lo, max: hi, targetTicks: targetTicks)
        guard tight, hi > lo else { return nice }
        // Half a percent of slack so a tick at the data's edge survives rounding.
        let slack = (hi - lo) * 0.005
        let kept = zip(nice.ticks, nice.labels).filter { $0.0 >= lo - slack && $0.0 <= hi + slack }
        // A tick kept thanks to the slack widens the domain a hair so it is not drawn outside the frame.
        let lower = min(lo, kept.first?.0 ?? lo), upper = max(hi, kept.last?.0 ?? hi)
        return AxisScale(lower: lower, upper: upper, ticks: kept.map(\.0), labels: kept.map(\.1), isLog: false)
    }

    /// Heckbert's "nice numbers": the domain widens to multiples of a 1-2-5 step.
    static func linear(min lo: Double, max hi: Double, targetTicks: Int = 6) -> AxisScale {
        var lo = lo, hi = hi
        if !(hi > lo) {
            let pad = lo == 0 ? 1 : Swift.abs(lo) * 0.1
            lo -= pad
            hi += pad
        }
        let range = niceNumber(hi - lo, round: false)
        let step = niceNumber(range / Double(max(2, targetTicks) - 1), round: true)
        // Ticks are integer multiples of the step, so labels never show drift like 0.30000000000000004.
        let first = (lo / step).rounded(.down)
        let last = (hi / step).rounded(.up)
        guard first.magnitude < 1e15, last.magnitude < 1e15, last - first <= 1000 else {
            return AxisScale(lower: lo, upper: hi, ticks: [lo, hi], labels: [label(lo, step: hi - lo), label(hi, step: hi - lo)], isLog: false)
        }
        let ticks = stride(from: first, through: last, by: 1).map { $0 * step }
        return AxisScale(lower: first * step, upper: last * step, ticks: ticks,
                         labels: ticks.map { label($0, step: step) }, isLog: false)
    }

    /// Decade ticks when the data spans at least a decade, else 1-2-5 ticks inside a padded domain.
    static func logarithmic(lower: Double, upper: Double) -> AxisScale {
        var lower = lower, upper = upper
        if !(upper > lower) {
            lower -= 0.5
            upper += 0.5
        }
        if upper - lower >= 1 {
            let first = Int(lower.rounded(.down)), last = Int(upper.rounded(.up))
            let stride = max(1, (last - first + 7) / 8)
            let exponents = Swift.stride(from: first, through: last, by: stride)
            let ticks = exponents.map(Double.init)
            return AxisScale(lower: Double(first), upper: Double(last), ticks: ticks,
                             labels: exponents.map { decadeLabel($0) }, isLog: true)
        }
        let pad = (upper - lower) * 0.05
        lower -= pad
        upper += pad
        var ticks: [Double] = []
        var labels: [String] = []
        for mantissas in [[1.0, 2, 5], [1.0, 2, 3, 4, 5, 6, 7, 8, 9]] {
            ticks = []
            labels = []
            for e in Int(lower.rounded(.down))...Int(upper.rounded(.up)) {
                for m in mantissas {
                    let value = m * PlotMath.pow10(e)
                    let t = PlotMath.log10(value)
                    if t >= lower, t <= upper {
                        ticks.append(t)
                        labels.append(NumberFormatting.significant(value, digits: 3))
                    }
                }
            }
            if ticks.count >= 3 { break }
        }
        return AxisScale(lower: lower, upper: upper, ticks: ticks, labels: labels, isLog: true)
    }

    /// The 1-2-5 number near `x` (rounded, or the next one up).
    static func niceNumber(_ x: Double, round: Bool) -> Double {
        guard x > 0, x.isFinite else { return 1 }
        let e = PlotMath.decimalExponent(x)
        let f = x / PlotMath.pow10(e)
        let nice: Double
        if round {
            nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10
        } else {
            nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10
        }
        return nice * PlotMath.pow10(e)
    }

    /// A tick label with as many decimals as the step needs.
    static func label(_ v: Double, step: Double) -> String {
        let magnitude = Swift.max(Swift.abs(v), step)
        if magnitude >= 1e6 || step < 1e-4 { return NumberFormatting.scientific(v, significant: 3) }
        let decimals = step > 0 ? Swift.max(0, -PlotMath.decimalExponent(step)) : 0
        return NumberFormatting.fixed(v, decimals: decimals)
    }

    /// `10^e` written plainly for small exponents, else as `1e-5`.
    static func decadeLabel(_ e: Int) -> String {
        if e >= -4, e <= 5 { return NumberFormatting.fixed(PlotMath.pow10(e), decimals: Swift.max(0, -e)) }
        return "1e" + String(e)
    }
}
