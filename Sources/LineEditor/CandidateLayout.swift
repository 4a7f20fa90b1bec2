/// Formats completion candidates into columns, filled top to bottom like `ls` and bash.
enum CandidateLayout {
    /// Rows of text, each at most `width` columns (a single over-long candidate gets its own row).
    ///
    /// Widths count `Character`s, which is right for the ASCII names a REPL completes and close enough
    /// for the rest; trailing spaces are trimmed so a narrow terminal does not wrap.
    static func rows(_ items: [String], width: Int) -> [String] {
        guard !items.isEmpty else { return [] }
        let columnWidth = (items.map(\.count).max() ?? 0) + 2
        let columns = max(1, max(width, 1) / columnWidth)
        let rowCount = (items.count + columns - 1) / columns
        var rows: [String] = []
        rows.reserveCapacity(rowCount)
        for row in 0..<rowCount {
            var text = ""
            for column in 0..<columns {
                let index = row + column * rowCount
                guard index < items.count else { break }
                let item = items[index]
                text += item
                text += String(repeating: " ", count: columnWidth - item.count)
            }
            while text.last == " " { text.removeLast() }
            rows.append(text)
        }
        return rows
    }

    /// The text printed under the line: the rows, then a note when the list was cut to `limit` items.
    static func listing(_ items: [String], width: Int, limit: Int) -> String {
        let shown = Array(items.prefix(max(limit, 1)))
        var lines = rows(shown, width: width)
        if items.count > shown.count {
            lines.append("... and \(items.count - shown.count) more")
        }
        return lines.joined(separator: "\n")
    }
}
