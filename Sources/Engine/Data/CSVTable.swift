/// A CSV file read into typed columns, with the line each row started on for error messages.
public struct CSVTable: Sendable {
    /// The file it was read from (for error messages).
    public let path: String
    /// Column names from the header row.
    public var columnNames: [String]
    /// Columns in header order.
    public var columns: [CSVColumn]
    /// The 1-based line on which each row starts (rows can span lines inside quotes).
    public var lineNumbers: [Int]

    /// Creates a table; every column must have one value per line number.
    public init(path: String, columnNames: [String], columns: [CSVColumn], lineNumbers: [Int]) {
        self.path = path
        self.columnNames = columnNames
        self.columns = columns
        self.lineNumbers = lineNumbers
    }

    /// Number of data rows.
    public var rowCount: Int { lineNumbers.count }

    /// Missing-value counts per column, in header order, for columns that have any.
    public var missingReport: [(column: String, count: Int)] {
        zip(columnNames, columns).compactMap { name, column in
            let m = column.missingCount
            return m > 0 ? (name, m) : nil
        }
    }

    /// The column called `name`, or an error listing the available names.
    public func column(_ name: String) throws -> CSVColumn {
        guard let k = columnNames.firstIndex(of: name) else {
            throw DataError(path: path, field: name, "no column \"\(name)\" (columns: \(columnNames.map { "\"\($0)\"" }.joined(separator: ", ")))")
        }
        return columns[k]
    }

    /// Selected numeric columns as a Float32 tensor of shape [rows, columns.count]. A text column or
    /// a missing value is an error naming the column and line, unless `missingAsNaN` (then NaN).
    public func tensor(columns names: [String], missingAsNaN: Bool = false) throws -> Tensor {
        guard !names.isEmpty else { throw DataError(path: path, "select at least one column") }
        var selected: [[Double?]] = []
        for name in names {
            switch try column(name) {
            case .numeric(let values):
                if !missingAsNaN, let row = values.firstIndex(where: { $0 == nil }) {
                    throw DataError(path: path, line: lineNumbers[row], field: name,
                                    "column \"\(name)\" has a missing value (\(values.filter { $0 == nil }.count) in total); clean the data or pass missingAsNaN")
                }
                selected.append(values)
            case .text(let values):
                let row = values.firstIndex { v in v.map { CSVColumn.number(CSVColumn.trimmed($0)) == nil } ?? false } ?? 0
                throw DataError(path: path, line: lineNumbers.isEmpty ? nil : lineNumbers[row], field: name,
                                "column \"\(name)\" is text, not numeric (for example \"\(values[row] ?? "")\")")
            }
        }
        var flat = [Float](repeating: 0, count: rowCount * names.count)
        for (c, values) in selected.enumerated() {
            for r in 0..<rowCount { flat[r * names.count + c] = values[r].map { Float($0) } ?? .nan }
        }
        return try Tensor(shape: [rowCount, names.count], values: flat)
    }
}
