extension SVGPlotRenderer {
    /// The elements drawing one series (raw and, with smoothing, smoothed) and whether any
    /// point was drawable.
    func seriesElements(_ series: PlotSeries, index: Int, spec: PlotSpec, layout: PlotLayout) -> ([String], Bool) {
        let colour = PlotPalette.colour(index)
        let n = series.count
        let xs = (0..<n).map { series.x(at: $0) }
        let ys = Array(series.ys.prefix(n))
        let raw = runs(xs: xs, ys: ys, layout: layout)
        guard !raw.isEmpty else { return ([], false) }
        var out: [String] = []
        let smoothed = spec.smoothing.map { runs(xs: xs, ys: $0.apply(ys), layout: layout) }
        switch spec.kind {
        case .line:
            // With smoothing, the raw curve stays visible but faint, as in TensorBoard.
            let rawAttributes = smoothed == nil ? "stroke-width=\"1.5\"" : "stroke-width=\"1\" stroke-opacity=\"0.3\""
            out.append("<path d=\"\(pathData(raw, layout: layout))\" stroke=\"\(colour)\" \(rawAttributes)/>")
            // A point between two gaps has no line to be part of; mark it so it is not lost.
            let lone = raw.filter { $0.count == 1 }.compactMap(\.first)
            if !lone.isEmpty {
                out.append("<g fill=\"\(colour)\" stroke=\"none\">")
                out += lone.map { "<circle cx=\"\(c($0.0))\" cy=\"\(c($0.1))\" r=\"2\"/>" }
                out.append("</g>")
            }
        case .scatter:
            let opacity = smoothed == nil ? "" : " fill-opacity=\"0.35\""
            out.append("<g fill=\"\(colour)\" stroke=\"none\"\(opacity)>")
            for run in raw {
                for (x, y) in run {
                    out.append("<circle cx=\"\(c(x))\" cy=\"\(c(y))\" r=\"2.5\"/>")
                }
            }
            out.append("</g>")
        }
        if let smoothed, !smoothed.isEmpty {
            out.append("<path d=\"\(pathData(smoothed, layout: layout))\" stroke=\"\(colour)\" stroke-width=\"2\"/>")
        }
        return (out, true)
    }

    /// Canvas points split into runs at every point that cannot be drawn, so a NaN or a
    /// non-positive value on a log axis breaks the line instead of corrupting the path.
    func runs(xs: [Double], ys: [Double], layout: PlotLayout) -> [[(Double, Double)]] {
        var result: [[(Double, Double)]] = []
        var current: [(Double, Double)] = []
        for (x, y) in zip(xs, ys) {
            if let p = layout.point(x, y) {
                current.append(p)
            } else if !current.isEmpty {
                result.append(current)
                current = []
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// `M x y L x y …` for each run, thinned to at most four points per pixel column.
    func pathData(_ runs: [[(Double, Double)]], layout: PlotLayout) -> String {
        var parts: [String] = []
        for run in runs {
            let points = run.count > Int(layout.plotWidth) * 4 ? thin(run) : run
            for (i, (x, y)) in points.enumerated() {
                parts.append((i == 0 ? "M" : "L") + c(x) + " " + c(y))
            }
        }
        return parts.joined(separator: " ")
    }

    /// The M4 reduction: per pixel column keep the first, lowest, highest and last points, which
    /// draws the same picture as the full series at a fraction of the size.
    func thin(_ run: [(Double, Double)]) -> [(Double, Double)] {
        var out: [(Double, Double)] = []
        var start = 0
        while start < run.count {
            let column = run[start].0.rounded(.down)
            var end = start
            var lo = start, hi = start
            while end < run.count, run[end].0.rounded(.down) == column {
                if run[end].1 < run[lo].1 { lo = end }
                if run[end].1 > run[hi].1 { hi = end }
                end += 1
            }
            for i in Set([start, lo, hi, end - 1]).sorted() { out.append(run[i]) }
            start = end
        }
        return out
    }

    /// A legend box in the top-right corner when any series has a name.
    func legend(_ series: [PlotSeries], layout: PlotLayout) -> [String] {
        guard series.contains(where: { !$0.name.isEmpty }) else { return [] }
        let names = series.enumerated().map { $0.element.name.isEmpty ? "series \($0.offset + 1)" : $0.element.name }
        // Width from a fixed per-character estimate: deterministic, no font metrics needed.
        let longest = names.map { $0.count }.max() ?? 0
        let boxWidth = Double(min(longest, 40)) * 6.2 + 34
        let boxHeight = Double(names.count) * 16 + 8
        let x0 = layout.right - boxWidth - 8, y0 = layout.top + 8
        var out = ["<g class=\"legend\">",
                   "<rect x=\"\(c(x0))\" y=\"\(c(y0))\" width=\"\(c(boxWidth))\" height=\"\(c(boxHeight))\" "
                    + "fill=\"#ffffff\" fill-opacity=\"0.85\" stroke=\"#cccccc\"/>"]
        for (i, name) in names.enumerated() {
            let y = y0 + 12 + Double(i) * 16
            out.append("<line x1=\"\(c(x0 + 6))\" y1=\"\(c(y))\" x2=\"\(c(x0 + 22))\" y2=\"\(c(y))\" "
                + "stroke=\"\(PlotPalette.colour(i))\" stroke-width=\"2\"/>")
            let shown = name.count > 40 ? String(name.prefix(39)) + "…" : name
            out.append("<text x=\"\(c(x0 + 28))\" y=\"\(c(y + 4))\" fill=\"#222222\">\(XMLEscaping.escape(shown))</text>")
        }
        out.append("</g>")
        return out
    }
}
