/// Where things go on the canvas: the plot rectangle and the two axis scales. Internal to the
/// SVG renderer; computed once per render from the spec's data.
struct PlotLayout {
    var left: Double
    var top: Double
    var right: Double
    var bottom: Double
    var x: AxisScale
    var y: AxisScale

    var plotWidth: Double { right - left }
    var plotHeight: Double { bottom - top }

    /// Canvas coordinates of a raw data point, or nil when it cannot be shown.
    func point(_ dx: Double, _ dy: Double) -> (Double, Double)? {
        guard let tx = x.transform(dx), let ty = y.transform(dy) else { return nil }
        return (canvasX(tx), canvasY(ty))
    }

    /// Canvas x of a transformed x value.
    func canvasX(_ t: Double) -> Double { left + x.fraction(t) * plotWidth }

    /// Canvas y of a transformed y value (SVG y grows downwards).
    func canvasY(_ t: Double) -> Double { bottom - y.fraction(t) * plotHeight }

    /// Scales fitted to every plottable value of `spec`, including event positions on x.
    static func fit(_ spec: PlotSpec, width: Double, height: Double) -> PlotLayout {
        var xBounds = DataBounds(log: spec.logX)
        var yBounds = DataBounds(log: spec.logY)
        for series in spec.series {
            for i in 0..<series.count {
                let xv = series.x(at: i), yv = series.ys[i]
                // A point counts only if both coordinates can be drawn; otherwise it is skipped.
                guard DataBounds.usable(xv, log: spec.logX), DataBounds.usable(yv, log: spec.logY) else { continue }
                xBounds.add(xv)
                yBounds.add(yv)
            }
        }
        for event in spec.events { xBounds.add(event.x) }
        let hasXLabel = !spec.xLabel.isEmpty, hasYLabel = !spec.yLabel.isEmpty
        return PlotLayout(
            left: hasYLabel ? 72 : 56,
            top: spec.title.isEmpty ? 16 : 36,
            right: width - 16,
            bottom: height - (hasXLabel ? 48 : 30),
            x: AxisScale.make(min: xBounds.min, max: xBounds.max, log: spec.logX, targetTicks: 7, tight: true),
            y: AxisScale.make(min: yBounds.min, max: yBounds.max, log: spec.logY, targetTicks: 6))
    }
}
