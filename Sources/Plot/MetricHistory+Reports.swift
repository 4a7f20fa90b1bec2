extension MetricHistory {
    /// A plot with one series per metric (all, or the `metrics` given, skipping unknown names),
    /// x = step, with the recorded events as markers.
    public func plot(metrics: [String]? = nil, title: String = "", xLabel: String = "step",
                     logY: Bool = false, smoothing: PlotSmoothing? = nil) -> PlotSpec {
        let chosen = (metrics ?? names).filter { !points($0).isEmpty }
        let series = chosen.map { name -> PlotSeries in
            let pts = points(name)
            return PlotSeries(name: name, xs: pts.map(\.step), ys: pts.map(\.value))
        }
        return PlotSpec(series: series, title: title, xLabel: xLabel, yLabel: chosen.count == 1 ? chosen[0] : "",
                        logY: logY, smoothing: smoothing, events: events)
    }

    /// One row per metric: name, number of values, first, last, min and max (over finite values),
    /// each formatted with four significant digits.
    public func summary() -> MetricTable {
        let f = { (v: Double?) -> String in v.map { NumberFormatting.significant($0, digits: 4) } ?? "-" }
        let rows = names.map { name -> [String] in
            let pts = points(name)
            let finite = pts.map(\.value).filter { $0.isFinite }
            return [name, String(pts.count), f(pts.first?.value), f(pts.last?.value), f(finite.min()), f(finite.max())]
        }
        return MetricTable(header: ["metric", "count", "first", "last", "min", "max"], rows: rows)
    }
}
