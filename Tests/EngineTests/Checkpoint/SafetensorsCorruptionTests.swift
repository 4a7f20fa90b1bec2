import Engine
import Foundation
import XCTest

/// Every malformed file must give a `CheckpointError` naming the file and the problem, never a crash.
final class SafetensorsCorruptionTests: XCTestCase {
    /// A file from a header text and data bytes; `declared` overrides the length prefix.
    private func file(_ s: DataScratch, _ name: String, header: String, data: [UInt8], declared: UInt64? = nil) throws -> String {
        let h = Array(header.utf8)
        var bytes: [UInt8] = []
        let n = declared ?? UInt64(h.count)
        for k in 0..<8 { bytes.append(UInt8((n >> (8 * UInt64(k))) & 0xFF)) }
        return try s.bytes(name, bytes + h + data)
    }

    private func expectError(_ path: String, _ reason: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try Safetensors.read(path), file: file, line: line) { error in
            XCTAssertTrue(error is CheckpointError, "\(type(of: error))", file: file, line: line)
            XCTAssertEqual("\(error)", "\(path): \(reason)", file: file, line: line)
        }
    }

    func testEveryTruncationIsReported() throws {
        let s = try DataScratch()
        let good = s.path("good.safetensors")
        try Safetensors.write([("a", Tensor.ones([3])), ("b", Tensor.ones([2, 2]))], metadata: ["k": "v"], to: good)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: good)))
        for n in 0..<bytes.count {
            let path = try s.bytes("cut\(n)", Array(bytes.prefix(n)))
            XCTAssertThrowsError(try Safetensors.read(path), "prefix of \(n) bytes") { error in
                XCTAssertTrue(error is CheckpointError && "\(error)".hasPrefix(path + ": "), "\(error)")
            }
        }
        expectError(try s.bytes("tiny", [1, 2, 3]), "truncated: the file has 3 bytes, fewer than the 8-byte header length")
        let headerLength = Int(bytes[0]) | Int(bytes[1]) << 8
        expectError(try s.bytes("short-header", Array(bytes.prefix(20))), "truncated: the header length says \(headerLength) bytes follow but only 12 do")
        expectError(try s.bytes("short-data", Array(bytes.dropLast(4))),
                    "truncated: tensor data needs 28 bytes after the header but the file holds 24")
    }

    func testCorruptHeaders() throws {
        let s = try DataScratch()
        expectError(try file(s, "huge", header: "{}", data: [], declared: 1 << 40),
                    "corrupt header length 1099511627776 (limit 100000000 bytes); not a safetensors file?")
        expectError(try file(s, "notjson", header: "{\"a\": ?}", data: []),
                    "corrupt header: invalid JSON: unexpected character '?', expected a value at column 7")
        expectError(try file(s, "array", header: "[1, 2]  ", data: []), "corrupt header: expected a JSON object starting with '{'")
        expectError(try s.bytes("binary", [4, 0, 0, 0, 0, 0, 0, 0, 0x7B, 0xFF, 0xFE, 0x7D]), "corrupt header: not valid UTF-8")
        expectError(try file(s, "dtype", header: "{\"a\":{\"dtype\":\"F8_E4M3\",\"shape\":[1],\"data_offsets\":[0,1]}}", data: [0]),
                    "tensor 'a': unsupported dtype \"F8_E4M3\" (supported: F64, F32, F16, BF16, I64, I32, I16, I8, U64, U32, U16, U8, BOOL)")
        expectError(try file(s, "shape", header: "{\"a\":{\"dtype\":\"F32\",\"shape\":[-1],\"data_offsets\":[0,4]}}", data: [0, 0, 0, 0]),
                    "tensor 'a': shape entries must be non-negative integers")
        expectError(try file(s, "span", header: "{\"a\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[0,12]}}", data: Array(repeating: 0, count: 12)),
                    "tensor 'a': shape [2, 2] of F32 needs 16 bytes but data_offsets [0, 12] span 12")
        expectError(try file(s, "offsets", header: "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4]}}", data: []),
                    "tensor 'a': \"data_offsets\" must be [begin, end] with 0 ≤ begin ≤ end")
        expectError(try file(s, "meta", header: "{\"__metadata__\":{\"k\":1}}", data: []), "__metadata__ value for \"k\" must be a string, found a number")
        expectError(try file(s, "entry", header: "{\"a\":[1]}", data: []), "tensor 'a': expected an object with dtype, shape and data_offsets")
    }

    func testOffsetsMustTileTheDataExactly() throws {
        let s = try DataScratch()
        func two(_ a: (Int, Int), _ b: (Int, Int)) -> String {
            "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[\(a.0),\(a.1)]},\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[\(b.0),\(b.1)]}}"
        }
        let eight = [UInt8](repeating: 0, count: 8)
        expectError(try file(s, "overlap", header: two((0, 4), (2, 6)), data: eight),
                    "corrupt offsets: tensor 'b' at bytes 2..<6 overlaps the previous tensor")
        expectError(try file(s, "gap", header: two((0, 4), (8, 12)), data: eight + [0, 0, 0, 0]),
                    "corrupt offsets: a gap of 4 bytes before tensor 'b'")
        expectError(try file(s, "trailing", header: two((0, 4), (4, 8)), data: eight + [1]),
                    "corrupt offsets: 1 trailing bytes after the last tensor")
        expectError(try file(s, "late-start", header: "{\"a\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[1,2]}}", data: [0, 0]),
                    "corrupt offsets: a gap of 1 bytes before tensor 'a'")
        // Swapped order in the file is fine: validation sorts by offset.
        let swapped = try file(s, "swapped", header: two((4, 8), (0, 4)), data: [0, 0, 0x80, 0x3F, 0, 0, 0, 0x40])
        let t = try Safetensors.read(swapped).tensors
        XCTAssertEqual(t.map(\.name), ["a", "b"])
        XCTAssertEqual(t.map { $0.tensor.scalars }, [[2], [1]])
    }

    func testIntegersThatFloat32CannotHoldAreRejected() throws {
        let s = try DataScratch()
        var big: [UInt8] = []
        for v: Int64 in [5, (1 << 24) + 1] { for k in 0..<8 { big.append(UInt8((UInt64(bitPattern: v) >> (8 * UInt64(k))) & 0xFF)) } }
        expectError(try file(s, "big", header: "{\"ids\":{\"dtype\":\"I64\",\"shape\":[2],\"data_offsets\":[0,16]}}", data: big),
                    "tensor 'ids' (I64): element 1 is 16777217, which Float32 cannot hold exactly (integers must lie within ±2^24)")
        expectError(try file(s, "bool", header: "{\"m\":{\"dtype\":\"BOOL\",\"shape\":[2],\"data_offsets\":[0,2]}}", data: [1, 2]),
                    "tensor 'm' (BOOL): element 1 is byte 2, but BOOL bytes must be 0 or 1")
    }

    func testMissingFile() throws {
        let s = try DataScratch()
        expectError(s.path("none.safetensors"), "no such file")
    }
}
