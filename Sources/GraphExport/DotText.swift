import Foundation

/// Text helpers for writing DOT: quoting, identifiers and the small formats used in labels.
enum DotText {
    /// Words DOT reserves (case-insensitively); they must be quoted when used as ids.
    private static let keywords: Set<String> = ["graph", "digraph", "subgraph", "node", "edge", "strict"]

    /// Escapes one line of label text for a quoted DOT string.
    ///
    /// Graphviz reads `\"` in the parser and `\\`, `\n`, `\l`, `\N`, ... when it builds a label, so a
    /// lone backslash must be doubled or `\N` in user text would turn into the node's name.
    /// Line breaks and other control characters become spaces: callers pass single lines.
    static func escapeLine(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A quoted DOT string showing `lines` as centred lines; embedded newlines start new lines too.
    static func label(_ lines: [String]) -> String {
        let split = lines.flatMap { $0.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) }
        return "\"" + split.map { escapeLine(String($0)) }.joined(separator: "\\n") + "\""
    }

    /// A quoted DOT string for a non-label attribute value (colours, font names, styles).
    static func quoted(_ text: String) -> String {
        "\"" + escapeLine(text) + "\""
    }

    /// `text` as a DOT id: bare when it is a plain identifier, quoted otherwise.
    static func id(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, !keywords.contains(text.lowercased()) else {
            return quoted(text)
        }
        let isLetter: (Unicode.Scalar) -> Bool = { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "_" }
        let isPlain = isLetter(first) && text.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) }
        return isPlain ? text : quoted(text)
    }

    /// A shape as `[128×128]`; a scalar is `[]`.
    static func shape(_ dims: [Int]) -> String {
        "[" + dims.map(String.init).joined(separator: "×") + "]"
    }

    /// A number with three significant digits (`0.0312`, `1.23e+04`), independent of locale.
    static func number(_ value: Double) -> String {
        // String(format:) without a locale always uses "." and no grouping.
        String(format: "%.3g", value)
    }

    /// An integer with thousands separators (`65,536`), for parameter counts.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, char) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(char)
        }
        return value < 0 ? "-" + out : out
    }
}
