import Foundation

/// Reading files and decoding UTF-8 strictly, with errors that name the file and the offending line.
enum TextDecoding {
    /// The bytes of `path`, or a `DataError` saying the file is missing, a directory or unreadable.
    static func readBytes(_ path: String) throws -> [UInt8] {
        [UInt8](try readData(path))
    }

    /// The contents of `path` as `Data`, with the same errors as `readBytes`.
    static func readData(_ path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DataError(path: path, "no such file")
        }
        guard !isDirectory.boolValue else { throw DataError(path: path, "is a directory, not a file") }
        do {
            // Mapping avoids a copy of large checkpoints; a rename over the file leaves the mapping valid.
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw DataError(path: path, "cannot read: \(error.localizedDescription)")
        }
    }

    /// The index after a UTF-8 byte-order mark, which editors on Windows prepend and which is not data.
    static func contentStart(_ bytes: [UInt8]) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// Checks `bytes` are valid UTF-8, or throws naming the first bad line and column.
    static func validateUTF8(_ bytes: [UInt8], path: String) throws {
        if String(validating: bytes, as: UTF8.self) != nil { return }
        var lineStart = 0
        var line = 1
        for k in 0...bytes.count where k == bytes.count || bytes[k] == 0x0A {
            let lineBytes = bytes[lineStart..<k]
            if String(validating: lineBytes, as: UTF8.self) == nil {
                throw DataError(path: path, line: line, "invalid UTF-8 \(describeInvalid(lineBytes))")
            }
            lineStart = k + 1
            line += 1
        }
        throw DataError(path: path, "invalid UTF-8")
    }

    /// The error for one line known to hold invalid UTF-8, naming the bad byte and its column.
    static func invalidLineError<C: Collection>(_ line: C, path: String, line number: Int) -> DataError where C.Element == UInt8 {
        DataError(path: path, line: number, "invalid UTF-8 \(describeInvalid(ArraySlice(line)))")
    }

    /// Names the first invalid byte of a line and its column (counted in decoded characters before it).
    private static func describeInvalid(_ line: ArraySlice<UInt8>) -> String {
        var good = line.startIndex
        var decoder = UTF8()
        var iterator = line.makeIterator()
        var consumed = 0
        var column = 1
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                consumed += UTF8.width(s)
                column += 1
                good = line.startIndex + consumed
            case .emptyInput: break loop
            case .error: break loop
            }
        }
        let bad = good < line.endIndex ? line[good] : 0
        return "(byte 0x\(String(bad, radix: 16, uppercase: true)) at column \(column))"
    }

    /// Reads and strictly decodes a UTF-8 text file, dropping a leading byte-order mark.
    static func readText(_ path: String) throws -> String {
        let bytes = try readBytes(path)
        try validateUTF8(bytes, path: path)
        return String(decoding: bytes[contentStart(bytes)...], as: UTF8.self)
    }
}
