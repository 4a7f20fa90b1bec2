/// The parsed and validated JSON header of a safetensors file.
///
/// Validation follows the reference implementation: the header is a JSON object; every tensor has a
/// known dtype, a shape of non-negative integers and `[begin, end]` data offsets whose span equals
/// shape × dtype size; sorted by offset, the spans tile the data section exactly from 0 to its end
/// (no gap, no overlap, nothing missing, nothing trailing).
struct SafetensorsHeader {
    /// One tensor's entry.
    struct Entry {
        var name: String
        var dtype: SafetensorsDType
        var shape: [Int]
        var begin: Int
        var end: Int
    }

    /// Tensors in offset order.
    var entries: [Entry]
    /// The `__metadata__` string map.
    var metadata: [String: String]

    /// The largest header accepted (the reference implementation's limit), so a corrupt length field
    /// cannot make the reader allocate gigabytes.
    static let maxHeaderBytes = 100_000_000

    /// Parses `header` (UTF-8 JSON) for a data section of `dataLength` bytes; errors name `path`.
    init(header: UnsafeBufferPointer<UInt8>, dataLength: Int, path: String) throws {
        func fail(_ reason: String) -> CheckpointError { CheckpointError(path: path, reason) }
        guard String(validating: header, as: UTF8.self) != nil else { throw fail("corrupt header: not valid UTF-8") }
        guard header.first == UInt8(ascii: "{") else { throw fail("corrupt header: expected a JSON object starting with '{'") }
        let json: JSONValue
        do { json = try JSONParser.parse(header) } catch {
            throw fail("corrupt header: invalid JSON: \(error.message) at column \(error.column)")
        }
        guard case .object(let members) = json else { throw fail("corrupt header: expected a JSON object") }
        var metadata: [String: String] = [:]
        var entries: [Entry] = []
        for (name, value) in members {
            if name == "__metadata__" {
                guard case .object(let m) = value else { throw fail("__metadata__ must be an object of strings") }
                for (k, v) in m {
                    guard case .string(let s) = v else { throw fail("__metadata__ value for \"\(k)\" must be a string, found \(v.typeDescription)") }
                    metadata[k] = s
                }
                continue
            }
            entries.append(try SafetensorsHeader.entry(name, value, fail))
        }
        entries.sort { ($0.begin, $0.end, $0.name) < ($1.begin, $1.end, $1.name) }
        var position = 0
        for e in entries {
            if e.begin > position { throw fail("corrupt offsets: \(position.gapDescription(to: e.begin)) before tensor '\(e.name)'") }
            if e.begin < position { throw fail("corrupt offsets: tensor '\(e.name)' at bytes \(e.begin)..<\(e.end) overlaps the previous tensor") }
            position = e.end
        }
        if position < dataLength { throw fail("corrupt offsets: \(dataLength - position) trailing bytes after the last tensor") }
        if position > dataLength {
            throw fail("truncated: tensor data needs \(position) bytes after the header but the file holds \(dataLength)")
        }
        self.entries = entries
        self.metadata = metadata
    }

    /// Validates one tensor entry.
    private static func entry(_ name: String, _ value: JSONValue, _ fail: (String) -> CheckpointError) throws -> Entry {
        guard case .object(let info) = value else { throw fail("tensor '\(name)': expected an object with dtype, shape and data_offsets") }
        guard let dtypeName = info["dtype"]?.stringValue else { throw fail("tensor '\(name)': missing or non-string \"dtype\"") }
        guard let dtype = SafetensorsDType(rawValue: dtypeName) else {
            throw fail("tensor '\(name)': unsupported dtype \"\(dtypeName)\" (supported: \(SafetensorsDType.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        guard let shapeItems = info["shape"]?.arrayValue else { throw fail("tensor '\(name)': missing \"shape\" array") }
        var shape: [Int] = []
        var count = 1
        for item in shapeItems {
            guard let d = item.intValue, d >= 0 else { throw fail("tensor '\(name)': shape entries must be non-negative integers") }
            shape.append(d)
            let (m, overflow) = count.multipliedReportingOverflow(by: d)
            guard !overflow, m <= Shape.maxElements else { throw fail("tensor '\(name)': shape \(formatShape(shape)) is too large") }
            count = m
        }
        guard let offsets = info["data_offsets"]?.arrayValue, offsets.count == 2,
              let begin = offsets[0].intValue, let end = offsets[1].intValue, begin >= 0, end >= begin else {
            throw fail("tensor '\(name)': \"data_offsets\" must be [begin, end] with 0 ≤ begin ≤ end")
        }
        guard end - begin == count * dtype.size else {
            throw fail("tensor '\(name)': shape \(formatShape(shape)) of \(dtype.rawValue) needs \(count * dtype.size) bytes but data_offsets [\(begin), \(end)] span \(end - begin)")
        }
        return Entry(name: name, dtype: dtype, shape: shape, begin: begin, end: end)
    }
}

extension Int {
    /// "a gap of N bytes" for offset messages.
    fileprivate func gapDescription(to next: Int) -> String { "a gap of \(next - self) bytes" }
}
