extension HTMLRenderer {
    /// `svg` from its `<svg` element on, ready to inline; nil when there is no `<svg` element or
    /// the SVG could run script (a `<script>` or `<foreignObject>` element, a `javascript:` URL,
    /// an `on…=` event attribute). Graphviz escapes label text, so genuine diagrams pass.
    static func inlineSVG(_ svg: String) -> String? {
        let lowered = svg.lowercased()
        for bad in ["<script", "<foreignobject", "javascript:", "<iframe"] where lowered.contains(bad) { return nil }
        if hasEventAttribute(lowered) { return nil }
        var search = svg.startIndex
        while let range = svg.range(of: "<svg", range: search..<svg.endIndex) {
            // `<svgfoo` is not the element: the tag name must end at whitespace, `>` or `/`.
            let next = range.upperBound
            if next == svg.endIndex || [" ", "\n", "\r", "\r\n", "\t", ">", "/"].contains(svg[next]) {
                var body = String(svg[range.lowerBound...])
                while let last = body.last, last.isWhitespace { body.removeLast() }
                return body
            }
            search = next
        }
        return nil
    }

    /// Whether some tag in `lowered` has an attribute named `on…` (onload, onclick, …).
    static func hasEventAttribute(_ lowered: String) -> Bool {
        let chars = Array(lowered.utf8)
        var inTag = false
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == UInt8(ascii: "<") { inTag = true } else if c == UInt8(ascii: ">") { inTag = false }
            if inTag, c == UInt8(ascii: "o"), i > 0, i + 2 < chars.count, chars[i + 1] == UInt8(ascii: "n"),
               [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "/")].contains(chars[i - 1]) {
                var j = i + 2
                while j < chars.count, chars[j] >= UInt8(ascii: "a"), chars[j] <= UInt8(ascii: "z") { j += 1 }
                while j < chars.count, chars[j] == UInt8(ascii: " ") { j += 1 }
                if j > i + 2, j < chars.count, chars[j] == UInt8(ascii: "=") { return true }
            }
            i += 1
        }
        return false
    }
}
