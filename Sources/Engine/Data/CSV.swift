/// CSV files with a header row (RFC 4180 quoting), read into typed columns and written back.
public enum CSV {
    /// Reads `path`: the first record is the header; every row must have as many fields as the header.
    public static func load(_ path: String) throws -> CSVTable {
        let bytes = try TextDecoding.readBytes(path)
        try TextDecoding.validateUTF8(bytes, path: path)
        let start = TextDecoding.contentStart(bytes)
        let records = try bytes.withUnsafeBufferPointer { all in
            try CSVParser.records(UnsafeBufferPointer(rebasing: all[start...]), path: path)
        }
        guard let header = records.first else { throw DataError(path: path, "empty file: expected a header row") }
        var seen = Set<String>()
        for name in header.fields where !seen.insert(name).inserted {
            throw DataError(path: path, line: header.line, field: name, "duplicate column name \"\(name)\" in the header")
        }
        let width = header.fields.count
        var cells = [[String]](repeating: [], count: width)
        var lines: [Int] = []
        for record in records.dropFirst() {
            guard record.fields.count == width else {
                throw DataError(path: path, line: record.line,
                                "row has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s") but the header has \(width)")
            }
            for (k, f) in record.fields.enumerated() { cells[k].append(f) }
            lines.append(record.line)
        }
        return CSVTable(path: path, columnNames: header.fields, columns: cells.map(CSVColumn.infer), lineNumbers: lines)
    }

    /// Writes a header and rows to `path` atomically, quoting fields only where needed.
    public static func save(header: [String], rows: [[String]], to path: String) throws {
        for (k, row) in rows.enumerated() where row.count != header.count {
            throw DataError(path: path, "row \(k + 1) has \(row.count) fields but the header has \(header.count)")
        }
        var text = line(header)
        for row in rows { text += line(row) }
        try AtomicFile.write(text: text, to: path)
    }

    /// Writes a table (missing values as empty fields) to `path` atomically.
    public static func save(_ table: CSVTable, to path: String) throws {
        let rows = (0..<table.rowCount).map { r in table.columns.map { $0.text(at: r) ?? "" } }
        try save(header: table.columnNames, rows: rows, to: path)
    }

    /// Writes a 2-D tensor with the given column names (numbers in the shortest form that reads back
    /// as the same Float32, so 0.1 is written `0.1`, not its Double expansion).
    public static func save(_ tensor: Tensor, columnNames: [String], to path: String) throws {
        guard tensor.rank == 2, tensor.shape[1] == columnNames.count else {
            throw DataError(path: path, "save_csv needs a 2-D tensor with one column per name; got shape \(formatShape(tensor.shape)) and \(columnNames.count) names")
        }
        let values = tensor.scalars
        let width = columnNames.count
        let rows = (0..<tensor.shape[0]).map { r in (0..<width).map { c -> String in
            let v = values[r * width + c]
            return v.isFinite && v != v.rounded() ? v.description : CSVColumn.format(Double(v))
        } }
        try save(header: columnNames, rows: rows, to: path)
    }

    /// One CRLF-free record line: fields with commas, quotes, line breaks or edge spaces are quoted.
    static func line(_ fields: [String]) -> String {
        // A lone empty field would be a blank line, which readers skip; quote it so the row survives.
        if fields.count == 1 && fields[0].isEmpty { return "\"\"\n" }
        return fields.map { f -> String in
            let needsQuotes = f.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
                || f.first == " " || f.last == " "
            return needsQuotes ? "\"" + f.replacingAll("\"", with: "\"\"") + "\"" : f
        }.joined(separator: ",") + "\n"
    }
}

extension String {
    /// Replaces every occurrence of `target` (a single character) without Foundation.
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
