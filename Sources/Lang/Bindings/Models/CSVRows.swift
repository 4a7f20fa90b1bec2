import Engine

/// Rows given to `save_csv` as Alinea values, turned into CSV fields.
enum CSVRows {
    /// The header and text fields of rows that are all dicts or all lists. Dict rows take their
    /// columns from `header` or the first row's keys; a key missing from a row is an empty field.
    static func fields(_ rows: [Value], header: [String]?) throws -> (header: [String], rows: [[String]]) {
        guard let first = rows.first else {
            guard let header else { throw RuntimeError("save_csv(): no rows and no header to write") }
            return (header, [])
        }
        switch first {
        case .dict(let d):
            let names = try header ?? d.keys.map { key in
                guard case .string(let s) = key else { throw RuntimeError("save_csv(): column names must be strings") }
                return s
            }
            let out = try rows.enumerated().map { k, row -> [String] in
                guard case .dict(let r) = row else { throw RuntimeError("save_csv() row \(k) must be a dict like row 0, not \(row.typeName)") }
                return try names.map { try field(r[.string($0)] ?? .nil, row: k, column: $0) }
            }
            return (names, out)
        case .list:
            guard let header else {
                throw RuntimeError("save_csv() argument 'header' is required when rows are lists", hint: "pass header = [\"a\", \"b\", ...]")
            }
            let out = try rows.enumerated().map { k, row -> [String] in
                guard case .list(let r) = row else { throw RuntimeError("save_csv() row \(k) must be a list like row 0, not \(row.typeName)") }
                guard r.items.count == header.count else {
                    throw RuntimeError("save_csv() row \(k) has \(r.items.count) fields but the header has \(header.count)")
                }
                return try zip(r.items, header).map { try field($0, row: k, column: $1) }
            }
            return (header, out)
        default:
            throw RuntimeError("save_csv() rows must be dicts or lists, not \(first.typeName)")
        }
    }

    /// One value as a CSV field: numbers in shortest form, nil as an empty (missing) field.
    private static func field(_ value: Value, row: Int, column: String) throws -> String {
        switch value {
        case .nil: return ""
        case .number(let x): return x.isNaN ? "NaN" : formatNumber(x)
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        default: throw RuntimeError("save_csv() row \(row), column \"\(column)\": a \(value.typeName) cannot be a CSV field")
        }
    }
}
