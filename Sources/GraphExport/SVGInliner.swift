/// Prepares Graphviz's SVG output for embedding in an HTML page.
public enum SVGInliner {
    /// `svg` from its `<svg` element on: the XML prolog, DOCTYPE and leading comments are removed,
    /// since they are invalid inside HTML. Returns nil when there is no `<svg` element.
    public static func inlineReady(_ svg: String) -> String? {
        var search = svg.startIndex
        while let range = svg.range(of: "<svg", range: search..<svg.endIndex) {
            // `<svgfoo` is not the element; the tag name must end at whitespace, `>` or `/`.
            let next = range.upperBound
            if next == svg.endIndex || [" ", "\n", "\r", "\t", ">", "/"].contains(svg[next]) {
                var body = String(svg[range.lowerBound...])
                while let last = body.last, last.isWhitespace { body.removeLast() }
                return body
            }
            search = next
        }
        return nil
    }
}
