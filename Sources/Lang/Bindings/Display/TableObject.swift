/// The value of `table(rows, header = ...)` and `h.table()`: rows of text that notebooks render
/// as an HTML table and terminals as aligned columns.
final class TableObject: RichDisplayable {
    /// Column titles; may be empty.
    let header: [String]
    /// Rows of cells, each padded to the table's width.
    let rows: [[String]]

    /// A table; short rows are padded with empty cells so every row has the same width.
    init(header: [String], rows: [[String]]) {
        let width = max(header.count, rows.map(\.count).max() ?? 0)
        let pad = { (row: [String]) in row + Array(repeating: "", count: width - row.count) }
        self.header = header.isEmpty ? [] : pad(header)
        self.rows = rows.map(pad)
    }

    var typeName: String { "Table" }

    /// Columns padded to their widest cell, the header underlined with dashes.
    var description: String {
        let columns = header.isEmpty ? (rows.first?.count ?? 0) : header.count
        var widths = [Int](repeating: 0, count: columns)
        for row in [header] + rows {
            for (i, cell) in row.enumerated() where i < columns { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ row: [String]) -> String {
            var text = zip(row, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        var out: [String] = []
        if !header.isEmpty {
            out.append(line(header))
            out.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        }
        out += rows.map(line)
        return out.joined(separator: "\n")
    }

    func richOutput() -> RichOutput { .table(header: header, rows: rows) }

    var memberNames: [String] { ["header", "rows"] }

    func attribute(_ name: String) throws -> Value? {
        switch name {
        case "header": return .list(header.map { .string($0) })
        case "rows": return .list(rows.map { .list($0.map { .string($0) }) })
        default: return nil
        }
    }

    /// `table(...)`'s rows: a list of lists, a list of dicts (columns from their keys, in first-seen
    /// order), or a dict (one key/value row per entry). Returns the header too when it was implied.
    static func parse(_ value: Value, header: [String]?) throws -> (header: [String], rows: [[String]]) {
        switch value {
        case .dict(let d):
            let rows = zip(d.keys, d.values).map { [$0.value.cellText, $1.cellText] }
            return (header ?? ["key", "value"], rows)
        case .list(let l):
            let dicts = l.items.compactMap { item -> DictRef? in
                if case .dict(let d) = item { return d }
                return nil
            }
            if !dicts.isEmpty, dicts.count == l.items.count {
                var columns: [DictKey] = []
                for d in dicts {
                    for key in d.keys where !columns.contains(key) { columns.append(key) }
                }
                let rows = dicts.map { d in columns.map { d[$0]?.cellText ?? "" } }
                return (header ?? columns.map { $0.value.cellText }, rows)
            }
            let rows = try l.items.enumerated().map { i, item -> [String] in
                switch item {
                case .list(let cells): return cells.items.map(\.cellText)
                case .dict: throw RuntimeError("table() rows must all be lists or all be dicts; row \(i) is a dict")
                default: return [item.cellText]
                }
            }
            return (header ?? [], rows)
        default:
            throw RuntimeError("table() needs a list of rows or a dict, not \(value.typeName)")
        }
    }
}
