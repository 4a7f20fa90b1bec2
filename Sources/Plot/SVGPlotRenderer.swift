/// Renders a `PlotSpec` as a standalone SVG document, written by hand so the bytes are the same
/// on every run and machine: fixed canvas size, 1-2-5 ticks, coordinates rounded to 0.01 px, and
/// numbers formatted by `NumberFormatting` rather than the platform.
public struct SVGPlotRenderer: Sendable {
    /// Canvas width in pixels.
    public var width: Int
    /// Canvas height in pixels.
    public var height: Int
    /// Prefix for element ids (the clip path). Several plots inlined in one HTML page need
    /// distinct prefixes, because ids are global to the page.
    public var idPrefix: String

    /// A renderer for a `width`×`height` canvas.
    public init(width: Int = 640, height: Int = 360, idPrefix: String = "plot") {
        self.width = max(120, width)
        self.height = max(80, height)
        self.idPrefix = idPrefix
    }

    /// The SVG text of `spec`, starting with `<svg` (no XML prolog) so it can be inlined in HTML
    /// as well as written to a `.svg` file; ends with a newline.
    public func render(_ spec: PlotSpec) -> String {
        let layout = PlotLayout.fit(spec, width: Double(width), height: Double(height))
        let clipID = XMLEscaping.escape(sanitisedID(idPrefix) + "-clip")
        var out: [String] = []
        let label = spec.title.isEmpty ? "plot" : spec.title
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" font-family=\"Helvetica, Arial, sans-serif\" "
            + "font-size=\"11\" role=\"img\" aria-label=\"\(XMLEscaping.escape(label))\">")
        out.append("<title>\(XMLEscaping.escape(label))</title>")
        // The clip rectangle is a little larger than the frame so markers on its edges stay whole.
        out.append("<defs><clipPath id=\"\(clipID)\"><rect x=\"\(c(layout.left - 4))\" y=\"\(c(layout.top - 4))\" "
            + "width=\"\(c(layout.plotWidth + 8))\" height=\"\(c(layout.plotHeight + 8))\"/></clipPath></defs>")
        out.append("<rect width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>")
        out += gridAndTicks(layout)
        out.append("<g clip-path=\"url(#\(clipID))\" fill=\"none\" stroke-linejoin=\"round\" stroke-linecap=\"round\">")
        var anyPoint = false
        for (i, series) in spec.series.enumerated() {
            let (lines, drew) = seriesElements(series, index: i, spec: spec, layout: layout)
            out += lines
            anyPoint = anyPoint || drew
        }
        out.append("</g>")
        out += eventElements(spec.events, layout: layout)
        if !anyPoint {
            out.append("<text x=\"\(c((layout.left + layout.right) / 2))\" y=\"\(c((layout.top + layout.bottom) / 2))\" "
                + "text-anchor=\"middle\" fill=\"#888888\">no data</text>")
        }
        out += legend(spec.series, layout: layout)
        out += captions(spec, layout: layout)
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    /// A coordinate as text.
    func c(_ v: Double) -> String { NumberFormatting.coordinate(v) }

    /// Keeps ids to characters that are valid in XML names and CSS selectors.
    private func sanitisedID(_ s: String) -> String {
        let kept = s.unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": return Character(scalar)
            default: return "_"
            }
        }
        return kept.isEmpty ? "plot" : String(kept)
    }
}
