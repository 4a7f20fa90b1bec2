import Engine
import Foundation

/// Text, JSONL and CSV files, and scratch paths.
extension BuiltinRegistry {
    func registerDataBuiltins() {
        let pathDoc = "A relative path resolves against the directory of the script making the call "
            + "(the working directory for REPL input)."
        define("load_text", [.required("path")], "The contents of a UTF-8 text file as a string.",
               doc: pathDoc + " Invalid UTF-8 is an error naming the line and column.") { args in
            let path = try args.filePath(0)
            return .string(try args.withFile(path) { try TextFile.load($0) })
        }
        define("save_text", [.required("text"), .required("path")], "Writes text to a file atomically (the old file survives a failed write).",
               doc: pathDoc) { args in
            let text = try args.string(0), path = try args.filePath(1)
            try args.withFile(path) { try TextFile.save(text, to: $0) }
            return .nil
        }
        define("load_jsonl", [.required("path"), .optional("skip_malformed", .bool(false))],
               "The rows of a JSON Lines file as a list of dicts (keys sorted).",
               doc: pathDoc + " A malformed row is an error naming file and line; with skip_malformed = true such rows are "
                   + "skipped and a note saying how many (and where the first was) is printed.") { args in
            let path = try args.filePath(0)
            let file = try args.withFile(path) { try JSONL.load($0, skipMalformed: args.bool(1)) }
            reportSkipped(args, file.skipped, path: path)
            return .list(file.rows.map(JSONBridge.object))
        }
        define("save_jsonl", [.required("rows"), .required("path")], "Writes a list of dicts as JSON Lines (keys sorted), atomically.",
               doc: pathDoc + " Values may be nil, bools, numbers, strings, lists, dicts and tensors (as nested lists).") { args in
            let rows = try args.list(0).items.enumerated().map { k, row -> [String: JSONValue] in
                guard case .dict = row else { throw RuntimeError("save_jsonl() row \(k) must be a dict, not \(row.typeName)") }
                return try JSONBridge.json(row, what: "save_jsonl() row \(k)").objectValue ?? [:]
            }
            let path = try args.filePath(1)
            try args.withFile(path) { try JSONL.save(rows, to: $0) }
            return .nil
        }
        define("load_preferences", [.required("path"), .optional("skip_malformed", .bool(false))],
               "Preference pairs in TRL's format: a list of {\"prompt\", \"chosen\", \"rejected\"} dicts.",
               doc: pathDoc + " A missing key or non-string value is an error naming file, line and key; with "
                   + "skip_malformed = true bad rows are skipped and a note saying how many is printed.") { args in
            let path = try args.filePath(0)
            let (pairs, skipped) = try args.withFile(path) { try JSONL.loadPreferences($0, skipMalformed: args.bool(1)) }
            reportSkipped(args, skipped, path: path)
            return .list(pairs.map { JSONBridge.object($0.row) })
        }
        registerCSVBuiltins(pathDoc)
        registerFileHelpers()
    }

    private func registerCSVBuiltins(_ pathDoc: String) {
        define("load_csv", [.required("path")], "A CSV file with a header row, as a table with typed columns.",
               doc: pathDoc + " Quoted fields may hold commas and line breaks. A column is numeric when every present value is "
                   + "a number; empty, NA, N/A, NaN and NULL are missing values (see .missing). Methods: column(name), "
                   + "tensor(columns), rows(); attributes columns, row_count, missing.") { args in
            let path = try args.filePath(0)
            return .native(CSVObject(try args.withFile(path) { try CSV.load($0) }, shown: path.shown))
        }
        define("save_csv", [.required("data"), .required("path"), .optional("header")],
               "Writes rows (a list of dicts or of lists), a 2-D tensor or a CSV table as a CSV file, atomically.",
               doc: pathDoc + " header names the columns: for dicts it defaults to the first row's keys, for a tensor to "
                   + "0, 1, ...; it is required for a list of lists. nil values are written as empty fields.") { args in
            let path = try args.filePath(1)
            let header = args.isNil(2) ? nil : try args.strings(2)
            switch args[0] {
            case .tensor(let t):
                let names = header ?? (0..<(t.shape.last ?? 0)).map(String.init)
                try args.withFile(path) { try CSV.save(t, columnNames: names, to: $0) }
            case .native(let o as CSVObject):
                var table = o.table
                if let header {
                    guard header.count == table.columnNames.count else {
                        throw RuntimeError("save_csv(): header has \(header.count) names but the table has \(table.columnNames.count) columns")
                    }
                    table.columnNames = header
                }
                try args.withFile(path) { try CSV.save(table, to: $0) }
            case .list(let l):
                let (names, rows) = try CSVRows.fields(l.items, header: header)
                try args.withFile(path) { try CSV.save(header: names, rows: rows, to: $0) }
            default:
                throw args.typeError(0, expected: "a list of rows, a 2-D tensor or a CSV table")
            }
            return .nil
        }
    }

    private func registerFileHelpers() {
        define("temp_path", [.optional("name", .string(""))],
               "A path inside a private temporary directory made for this process (for scratch files and tests).") { args in
            let name = try args.string(0)
            guard !name.contains("/") || name.isEmpty else { throw RuntimeError("temp_path() argument 'name' must not contain '/'") }
            let dir = try scratchDirectory.get()
            return .string(name.isEmpty ? dir : dir + "/" + name)
        }
        define("file_exists", [.required("path")], "True when a file or directory exists at path (relative to the script's directory).") { args in
            .bool(FileManager.default.fileExists(atPath: try args.filePath(0).full))
        }
    }
}

/// Prints how many rows a lenient load skipped, so no row disappears silently.
private func reportSkipped(_ args: Arguments, _ skipped: [DataError], path: FilePath) {
    guard let first = skipped.first else { return }
    let rows = skipped.count == 1 ? "1 malformed row" : "\(skipped.count) malformed rows"
    args.write("\(args.builtin.name): skipped \(rows) of \(path.shown) (first at line \(first.line ?? 0): \(first.reason))\n")
}
