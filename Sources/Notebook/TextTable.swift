/// Plain-text tables with aligned columns, for the terminal.
enum TextTable {
    /// The header, a dashed rule and the rows, columns padded to the widest cell.
    static func lines(header: [String], rows: [[String]]) -> [String] {
        let width = max(header.count, rows.map(\.count).max() ?? 0)
        let all = ([header] + rows).map { row in (0..<width).map { $0 < row.count ? flatten(row[$0]) : "" } }
        let widths = (0..<width).map { col in all.map { $0[col].count }.max() ?? 0 }
        func format(_ row: [String]) -> String {
            var line = zip(row, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
        var out: [String] = []
        if !header.isEmpty {
            out.append(format(all[0]))
            out.append(widths.map { String(repeating: "-", count: max(1, $0)) }.joined(separator: "  "))
        }
        out += all.dropFirst().map(format)
        return out
    }

    /// Newlines and tabs in a cell would break the columns; show them as spaces.
    static func flatten(_ s: String) -> String {
        String(s.map { $0 == "\n" || $0 == "\r\n" || $0 == "\t" || $0 == "\r" ? " " : $0 })
    }
}
