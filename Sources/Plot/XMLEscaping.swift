/// Escaping of text placed in XML or HTML, shared by the SVG and HTML renderers.
public enum XMLEscaping {
    /// `s` with `& < > " '` replaced by entities, safe in element content and quoted attributes.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab/newline are invalid in XML 1.0; drop them so
                // a stray byte in data cannot make the whole SVG unparseable.
                if scalar.value < 0x20, scalar != "\n", scalar != "\t", scalar != "\r" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
