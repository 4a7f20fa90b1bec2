extension SVGPlotRenderer {
    /// Gridlines, the frame and the tick labels of both axes.
    func gridAndTicks(_ layout: PlotLayout) -> [String] {
        var grid: [String] = []
        var labels: [String] = []
        for (t, text) in zip(layout.x.ticks, layout.x.labels) {
            let x = c(layout.canvasX(t))
            grid.append("<line x1=\"\(x)\" y1=\"\(c(layout.top))\" x2=\"\(x)\" y2=\"\(c(layout.bottom))\"/>")
            labels.append("<text x=\"\(x)\" y=\"\(c(layout.bottom + 15))\" text-anchor=\"middle\">\(XMLEscaping.escape(text))</text>")
        }
        for (t, text) in zip(layout.y.ticks, layout.y.labels) {
            let y = c(layout.canvasY(t))
            grid.append("<line x1=\"\(c(layout.left))\" y1=\"\(y)\" x2=\"\(c(layout.right))\" y2=\"\(y)\"/>")
            labels.append("<text x=\"\(c(layout.left - 6))\" y=\"\(c(layout.canvasY(t) + 4))\" text-anchor=\"end\">\(XMLEscaping.escape(text))</text>")
        }
        var out = ["<g stroke=\"#e6e6e6\" stroke-width=\"1\">"] + grid + ["</g>"]
        out.append("<rect x=\"\(c(layout.left))\" y=\"\(c(layout.top))\" width=\"\(c(layout.plotWidth))\" "
            + "height=\"\(c(layout.plotHeight))\" fill=\"none\" stroke=\"#999999\" stroke-width=\"1\"/>")
        out += ["<g fill=\"#333333\">"] + labels + ["</g>"]
        return out
    }

    /// Title, axis captions.
    func captions(_ spec: PlotSpec, layout: PlotLayout) -> [String] {
        var out: [String] = []
        if !spec.title.isEmpty {
            out.append("<text x=\"\(c(Double(width) / 2))\" y=\"22\" text-anchor=\"middle\" font-size=\"14\" "
                + "font-weight=\"bold\" fill=\"#222222\">\(XMLEscaping.escape(spec.title))</text>")
        }
        if !spec.xLabel.isEmpty {
            out.append("<text x=\"\(c((layout.left + layout.right) / 2))\" y=\"\(c(Double(height) - 10))\" "
                + "text-anchor=\"middle\" font-size=\"12\" fill=\"#222222\">\(XMLEscaping.escape(spec.xLabel))</text>")
        }
        if !spec.yLabel.isEmpty {
            let cx = 16.0, cy = (layout.top + layout.bottom) / 2
            out.append("<text x=\"\(c(cx))\" y=\"\(c(cy))\" text-anchor=\"middle\" font-size=\"12\" fill=\"#222222\" "
                + "transform=\"rotate(-90 \(c(cx)) \(c(cy)))\">\(XMLEscaping.escape(spec.yLabel))</text>")
        }
        return out
    }

    /// Dashed vertical markers with their labels; markers outside the x domain are skipped.
    func eventElements(_ events: [PlotEvent], layout: PlotLayout) -> [String] {
        var lines: [String] = []
        var labels: [String] = []
        for event in events {
            guard let t = layout.x.transform(event.x) else { continue }
            let x = layout.canvasX(t)
            guard x >= layout.left - 0.5, x <= layout.right + 0.5 else { continue }
            lines.append("<line x1=\"\(c(x))\" y1=\"\(c(layout.top))\" x2=\"\(c(x))\" y2=\"\(c(layout.bottom))\"/>")
            if !event.label.isEmpty {
                // Near the right edge the label goes on the left of its line so it is not cut off.
                let estimatedWidth = Double(event.label.count) * 5.6 + 6
                let onLeft = x + estimatedWidth > layout.right
                labels.append("<text x=\"\(c(onLeft ? x - 3 : x + 3))\" y=\"\(c(layout.top + 11))\""
                    + (onLeft ? " text-anchor=\"end\"" : "") + ">\(XMLEscaping.escape(event.label))</text>")
            }
        }
        guard !lines.isEmpty else { return [] }
        return ["<g stroke=\"#555555\" stroke-width=\"1\" stroke-dasharray=\"4 3\">"] + lines + ["</g>"]
            + (labels.isEmpty ? [] : ["<g fill=\"#555555\" font-size=\"10\">"] + labels + ["</g>"])
    }
}
