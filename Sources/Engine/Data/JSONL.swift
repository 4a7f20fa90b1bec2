/// JSON Lines files: one JSON object per line (blank lines are ignored, a trailing `\r` is tolerated).
public enum JSONL {
    /// Every row of `path` as an object; the first malformed row throws `file:line: invalid JSON: ...`.
    public static func load(_ path: String) throws -> [[String: JSONValue]] {
        try load(path, skipMalformed: false).rows
    }

    /// Reads `path`; with `skipMalformed`, rows that are not valid UTF-8 JSON objects are skipped and
    /// reported in `skipped` instead of stopping the load. A missing or unreadable file always throws.
    public static func load(_ path: String, skipMalformed: Bool) throws -> JSONLRows {
        let bytes = try TextDecoding.readBytes(path)
        var result = JSONLRows(rows: [], lineNumbers: [], skipped: [])
        var lineNumber = 0
        var start = TextDecoding.contentStart(bytes)
        try bytes.withUnsafeBufferPointer { all in
            while start <= all.count {
                lineNumber += 1
                var end = start
                while end < all.count && all[end] != 0x0A { end += 1 }
                var contentEnd = end
                if contentEnd > start && all[contentEnd - 1] == 0x0D { contentEnd -= 1 }
                let line = UnsafeBufferPointer(rebasing: all[start..<contentEnd])
                start = end + 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                do {
                    let row = try parseRow(line, path: path, line: lineNumber)
                    result.rows.append(row)
                    result.lineNumbers.append(lineNumber)
                } catch let error as DataError {
                    // Rows are checked in file order, so strict mode reports the first bad line.
                    guard skipMalformed else { throw error }
                    result.skipped.append(error)
                }
            }
        }
        return result
    }

    /// Parses one line into an object, or throws a `DataError` for that line.
    private static func parseRow(_ line: UnsafeBufferPointer<UInt8>, path: String, line number: Int) throws -> [String: JSONValue] {
        guard String(validating: line, as: UTF8.self) != nil else {
            throw TextDecoding.invalidLineError(line, path: path, line: number)
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            throw DataError(path: path, line: number, "invalid JSON: \(error.message) (column \(error.column))")
        }
        guard case .object(let object) = value else {
            throw DataError(path: path, line: number, "expected a JSON object, found \(value.typeDescription)")
        }
        return object
    }

    /// Writes one compact JSON object per line (keys sorted) to `path` atomically.
    public static func save(_ rows: [[String: JSONValue]], to path: String) throws {
        var text = ""
        for row in rows {
            text += JSONValue.object(row).serialized()
            text += "\n"
        }
        try AtomicFile.write(text: text, to: path)
    }

    /// Reads TRL preference rows `{"prompt", "chosen", "rejected"}`; a missing key or a non-string
    /// value throws naming the line and key, unless `skipMalformed` (then see `skipped`).
    public static func loadPreferences(_ path: String, skipMalformed: Bool = false) throws -> (pairs: [PreferencePair], skipped: [DataError]) {
        // Rows are read leniently first so that, in strict mode, the error reported is the earliest
        // one in the file whether it is bad JSON or a missing key.
        let file = try load(path, skipMalformed: true)
        var pairs: [PreferencePair] = []
        var problems = file.skipped
        for (row, line) in zip(file.rows, file.lineNumbers) {
            do {
                pairs.append(try PreferencePair(row: row, path: path, line: line))
            } catch let error as DataError {
                problems.append(error)
            }
        }
        problems.sort { ($0.line ?? 0) < ($1.line ?? 0) }
        if !skipMalformed, let first = problems.first { throw first }
        return (pairs, problems)
    }

    /// Writes preference pairs in the TRL format.
    public static func savePreferences(_ pairs: [PreferencePair], to path: String) throws {
        try save(pairs.map(\.row), to: path)
    }
}
