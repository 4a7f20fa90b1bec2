import Engine

/// A CSV table loaded by `load_csv`: column names, typed columns, missing-value counts, and
/// selection of numeric columns into a tensor.
final class CSVObject: NativeObject {
    /// The engine table.
    let table: CSVTable
    /// The path as the user wrote it (for messages).
    let shown: String

    /// Wraps a table read from `shown`.
    init(_ table: CSVTable, shown: String) {
        self.table = table
        self.shown = shown
    }

    var typeName: String { "CSV" }

    /// `CSV("iris.csv", 150 rows, columns: sepal_length (number), ..., missing: age 2)`.
    var description: String {
        let columns = zip(table.columnNames, table.columns).map { "\($0) (\($1.isNumeric ? "number" : "text"))" }
        var text = "CSV(\(Value.quote(shown)), \(table.rowCount) rows, columns: \(columns.joined(separator: ", "))"
        let missing = table.missingReport
        if !missing.isEmpty { text += "; missing: " + missing.map { "\($0.column) \($0.count)" }.joined(separator: ", ") }
        return text + ")"
    }

    var memberNames: [String] { CSVObject.methods.names + ["columns", "row_count", "missing", "numeric_columns", "path"] }

    func attribute(_ name: String) throws -> Value? {
        switch name {
        case "columns": return .list(table.columnNames.map { .string($0) })
        case "row_count": return .number(Double(table.rowCount))
        case "path": return .string(shown)
        case "numeric_columns":
            return .list(zip(table.columnNames, table.columns).filter { $1.isNumeric }.map { .string($0.0) })
        case "missing":
            return .dict(DictRef(table.missingReport.map { (.string($0.column), .number(Double($0.count))) }))
        default: return nil
        }
    }

    func method(_ name: String) -> Builtin? { CSVObject.methods[name] }

    /// `table["name"]` is `table.column("name")`.
    func index(_ components: [IndexComponent]) throws -> Value? {
        guard components.count == 1, case .index(.string(let name))? = components.first else {
            throw RuntimeError("a CSV table is indexed by column name: t[\"name\"]")
        }
        return try column(name)
    }

    /// Iterating over a table visits its rows as dicts.
    func elements() throws -> [Value]? { rows() }

    /// A column as a list: numbers or strings, nil where the value is missing.
    func column(_ name: String) throws -> Value {
        let c: CSVColumn
        do { c = try table.column(name) } catch let e as DataError {
            throw RuntimeError("\(shown): \(e.reason)", hint: Suggestions.hint(for: name, in: table.columnNames))
        }
        switch c {
        case .numeric(let values): return .list(values.map { $0.map { .number($0) } ?? .nil })
        case .text(let values): return .list(values.map { $0.map { .string($0) } ?? .nil })
        }
    }

    /// The rows as dicts in column order.
    func rows() -> [Value] {
        (0..<table.rowCount).map { r in
            .dict(DictRef(zip(table.columnNames, table.columns).map { name, column in
                let v: Value
                switch column {
                case .numeric(let values): v = values[r].map { .number($0) } ?? .nil
                case .text(let values): v = values[r].map { .string($0) } ?? .nil
                }
                return (.string(name), v)
            }))
        }
    }

    /// The shared method table.
    static let methods = MethodTable([
        nativeMethod("column", [.required("name")], "A column as a list (numbers or strings; nil where missing).") { args in
            try args.receiver(CSVObject.self).column(try args.string(0))
        },
        nativeMethod("rows", [], "The rows as a list of dicts in column order.") { args in
            .list(try args.receiver(CSVObject.self).rows())
        },
        nativeMethod("tensor", [.optional("columns"), .optional("missing_as_nan", .bool(false))],
               "Numeric columns as a [rows, columns] tensor (all numeric columns by default).",
               doc: "A text column or a missing value is an error naming the column and line, unless missing_as_nan = true.") { args in
            let o = try args.receiver(CSVObject.self)
            let names: [String]
            switch args[0] {
            case .nil: names = zip(o.table.columnNames, o.table.columns).filter { $1.isNumeric }.map(\.0)
            case .string(let s): names = [s]
            default: names = try args.strings(0)
            }
            do {
                return .tensor(try o.table.tensor(columns: names, missingAsNaN: args.bool(1)))
            } catch let e as DataError {
                throw RuntimeError("tensor(): \(o.shown)\(e.line.map { ":\($0)" } ?? ""): \(e.reason)",
                                   hint: e.reason.contains("missing") ? "pass missing_as_nan = true to read missing values as nan" : nil)
            }
        },
    ])
}
