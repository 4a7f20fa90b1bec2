/// Everything needed to draw a plot: a value that renderers (SVG, sparkline) turn into output.
public struct PlotSpec: Equatable, Sendable {
    /// The series, drawn in order with distinct colours.
    public var series: [PlotSeries]
    /// The heading above the plot; may be empty.
    public var title: String
    /// The x-axis caption; may be empty.
    public var xLabel: String
    /// The y-axis caption; may be empty.
    public var yLabel: String
    /// Logarithmic x axis (values ≤ 0 are skipped).
    public var logX: Bool
    /// Logarithmic y axis (values ≤ 0 are skipped).
    public var logY: Bool
    /// Optional smoothing applied to every series' y values.
    public var smoothing: PlotSmoothing?
    /// Vertical markers such as reset events.
    public var events: [PlotEvent]
    /// Lines or dots.
    public var kind: PlotKind

    /// A plot of `series` with optional decorations.
    public init(series: [PlotSeries], title: String = "", xLabel: String = "", yLabel: String = "",
                logX: Bool = false, logY: Bool = false, smoothing: PlotSmoothing? = nil,
                events: [PlotEvent] = [], kind: PlotKind = .line) {
        self.series = series
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.logX = logX
        self.logY = logY
        self.smoothing = smoothing
        self.events = events
        self.kind = kind
    }

    /// A plot of one unnamed series, as `plot(ys)` or `plot(xs, ys)` make.
    public init(xs: [Double]? = nil, ys: [Double], title: String = "") {
        self.init(series: [PlotSeries(xs: xs, ys: ys)], title: title)
    }
}
