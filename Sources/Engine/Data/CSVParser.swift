/// An RFC 4180 record reader: comma-separated fields, fields in double quotes may hold commas,
/// doubled quotes and line breaks; records end at LF or CRLF. Each record carries the line it starts
/// on, so later errors (ragged rows, missing values) can point at it.
///
/// Leniency, chosen to match what spreadsheets and pandas accept: a quote inside an unquoted field is
/// kept literally, a CR not followed by LF stays in the field, and blank lines between records are
/// skipped. Text after a closing quote is an error.
enum CSVParser {
    /// Parses UTF-8 bytes (already validated) into records of fields.
    static func records(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws -> [(line: Int, fields: [String])] {
        var out: [(line: Int, fields: [String])] = []
        var i = 0
        var line = 1
        let n = bytes.count
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        func text(_ a: Int, _ b: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self) }
        while i < n {
            // Skip blank lines between records.
            if bytes[i] == lf { line += 1; i += 1; continue }
            if bytes[i] == cr && (i + 1 == n || bytes[i + 1] == lf) { line += 1; i += 2; continue }
            let recordLine = line
            var fields: [String] = []
            var endOfRecord = false
            while !endOfRecord {
                if i < n && bytes[i] == quote {
                    let openLine = line
                    i += 1
                    var buffer: [UInt8] = []
                    var closed = false
                    while i < n {
                        let b = bytes[i]
                        if b == quote {
                            if i + 1 < n && bytes[i + 1] == quote { buffer.append(quote); i += 2; continue }
                            i += 1
                            closed = true
                            break
                        }
                        if b == lf { line += 1 }
                        buffer.append(b)
                        i += 1
                    }
                    guard closed else {
                        throw DataError(path: path, line: openLine, field: "\(fields.count + 1)",
                                        "unterminated quoted field \(fields.count + 1) (the opening quote has no closing quote before the end of the file)")
                    }
                    fields.append(String(decoding: buffer, as: UTF8.self))
                    let atEnd = i >= n || bytes[i] == comma || bytes[i] == lf || (bytes[i] == cr && (i + 1 == n || bytes[i + 1] == lf))
                    if !atEnd {
                        throw DataError(path: path, line: line, field: "\(fields.count)",
                                        "unexpected text after the closing quote of field \(fields.count) (quotes inside a quoted field must be doubled: \"\")")
                    }
                } else {
                    let start = i
                    while i < n {
                        let b = bytes[i]
                        if b == comma || b == lf { break }
                        if b == cr && (i + 1 == n || bytes[i + 1] == lf) { break }
                        i += 1
                    }
                    fields.append(text(start, i))
                }
                if i >= n {
                    endOfRecord = true
                } else if bytes[i] == comma {
                    i += 1
                } else if bytes[i] == lf {
                    i += 1; line += 1; endOfRecord = true
                } else if bytes[i] == cr {
                    i += (i + 1 < n && bytes[i + 1] == lf) ? 2 : 1
                    line += 1
                    endOfRecord = true
                }
            }
            out.append((recordLine, fields))
        }
        return out
    }
}
