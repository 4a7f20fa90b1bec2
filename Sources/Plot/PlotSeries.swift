/// One named sequence of points in a plot.
///
/// `xs` is optional: without it, the x of `ys[i]` is `i`. When both are given and their lengths
/// differ, only the common prefix is plotted. Non-finite values (NaN, ±inf) are skipped, and on a
/// log axis so are values ≤ 0.
public struct PlotSeries: Sendable {
    /// The legend entry; may be empty for a single unnamed series.
    public var name: String
    /// Optional x values, one per y.
    public var xs: [Double]?
    /// The y values.
    public var ys: [Double]

    /// A series of `ys` (at x = 0, 1, 2, … unless `xs` is given).
    public init(name: String = "", xs: [Double]? = nil, ys: [Double]) {
        self.name = name
        self.xs = xs
        self.ys = ys
    }

    /// The number of points actually plotted: the shorter of `xs` and `ys`.
    public var count: Int {
        if let xs { return min(xs.count, ys.count) }
        return ys.count
    }

    /// The x value of point `i`.
    public func x(at i: Int) -> Double {
        if let xs { return xs[i] }
        return Double(i)
    }
}

extension PlotSeries: Equatable {
    /// Compares values bit for bit, so a series holding NaN equals itself (plain `==` on
    /// `[Double]` would say it does not, which breaks `CellOutput` comparisons in tests).
    public static func == (a: PlotSeries, b: PlotSeries) -> Bool {
        a.name == b.name && sameBits(a.ys, b.ys) && sameBits(a.xs ?? [], b.xs ?? []) && (a.xs == nil) == (b.xs == nil)
    }

    private static func sameBits(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern }
    }
}
