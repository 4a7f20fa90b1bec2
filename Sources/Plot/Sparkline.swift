/// A compact one-line text picture of a series for terminals and the REPL:
/// `loss ▇▆▅▄▃▂▂▁▁ min 0.41 max 2.3 last 0.41`.
public struct Sparkline: Sendable {
    /// The eight bar heights, lowest first.
    public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The most bars drawn; longer series are averaged into this many buckets.
    public var maxWidth: Int

    /// A sparkline drawer that uses at most `maxWidth` bars.
    public init(maxWidth: Int = 40) {
        self.maxWidth = max(1, maxWidth)
    }

    /// Just the bars. Non-finite values (and values ≤ 0 when `log`) become spaces; a flat series
    /// draws mid-height bars.
    public func bars(_ values: [Double], log: Bool = false) -> String {
        let mapped = values.map { v -> Double in
            guard v.isFinite else { return .nan }
            if log { return v > 0 ? PlotMath.log10(v) : .nan }
            return v
        }
        let buckets = downsample(mapped)
        let finite = buckets.filter { $0.isFinite }
        guard let lo = finite.min(), let hi = finite.max() else {
            return String(repeating: " ", count: buckets.count)
        }
        var out = ""
        for v in buckets {
            guard v.isFinite else { out.append(" "); continue }
            let level = hi > lo ? Int(((v - lo) / (hi - lo) * 7).rounded()) : 3
            out.append(Sparkline.levels[min(7, max(0, level))])
        }
        return out
    }

    /// `name bars min … max … last …`, with statistics over the finite values; `(no data)` when none.
    /// The bars show `shape` (for example a smoothed copy) when given, else `values`.
    public func line(name: String, values: [Double], log: Bool = false, shape: [Double]? = nil) -> String {
        let usable = values.filter { $0.isFinite && (!log || $0 > 0) }
        let prefix = name.isEmpty ? "" : name + " "
        guard let lo = usable.min(), let hi = usable.max(), let last = usable.last else {
            return prefix + "(no data)"
        }
        let f = { NumberFormatting.significant($0, digits: 3) }
        return prefix + bars(shape ?? values, log: log) + " min \(f(lo)) max \(f(hi)) last \(f(last))"
    }

    /// The lines for a plot: its title (if any), then one sparkline per series with names padded
    /// to a common width. With smoothing, bars show the smoothed curve and statistics the raw data.
    public func lines(for spec: PlotSpec) -> [String] {
        var out: [String] = []
        if !spec.title.isEmpty { out.append(spec.title) }
        let names = spec.series.enumerated().map { i, s in
            s.name.isEmpty ? (spec.series.count > 1 ? "series \(i + 1)" : "") : s.name
        }
        let width = names.map { $0.count }.max() ?? 0
        for (series, name) in zip(spec.series, names) {
            let ys = Array(series.ys.prefix(series.count))
            let padded = name.isEmpty ? "" : name + String(repeating: " ", count: width - name.count)
            out.append(line(name: padded, values: ys, log: spec.logY, shape: spec.smoothing?.apply(ys)))
        }
        return out
    }

    /// Averages the finite values of consecutive buckets so the result has at most `maxWidth` entries.
    func downsample(_ values: [Double]) -> [Double] {
        guard values.count > maxWidth else { return values }
        var out: [Double] = []
        out.reserveCapacity(maxWidth)
        for b in 0..<maxWidth {
            let start = b * values.count / maxWidth, end = (b + 1) * values.count / maxWidth
            let finite = values[start..<end].filter { $0.isFinite }
            out.append(finite.isEmpty ? .nan : finite.reduce(0, +) / Double(finite.count))
        }
        return out
    }
}
