import Engine
import Foundation
import TestSupport
import XCTest

final class SafetensorsTests: XCTestCase {
    func testRoundTripShapesValuesAndMetadata() throws {
        let s = try DataScratch()
        let path = s.path("m.safetensors")
        let matrix = try Tensor(shape: [2, 3], values: [1, -2, 3.5, .infinity, -.infinity, -0.0])
        let tensors: [(name: String, tensor: Tensor)] = [
            ("z.last", try Tensor(shape: [2, 1, 2], values: [1, 2, 3, 4])),
            ("a.first", matrix),
            ("transposed", try matrix.transpose()),          // non-contiguous views are written in logical order
            ("scalar", Tensor(scalar: 0.1)),
            ("empty", Tensor.zeros([0, 4])),
            ("nan", try Tensor(shape: [1], values: [.nan])),
        ]
        let metadata = ["format": "pt", "note": "quotes \" and \\ and\nnewline, é, 😀"]
        try Safetensors.write(tensors, metadata: metadata, to: path)
        let back = try Safetensors.read(path)
        XCTAssertEqual(back.metadata, metadata)
        XCTAssertEqual(back.tensors.map(\.name), ["a.first", "empty", "nan", "scalar", "transposed", "z.last"])
        let byName = Dictionary(uniqueKeysWithValues: back.tensors.map { ($0.name, $0.tensor) })
        for (name, t) in tensors {
            let r = try XCTUnwrap(byName[name])
            XCTAssertEqual(r.shape, t.shape, name)
            XCTAssertEqual(r.scalars.map(\.bitPattern), t.scalars.map(\.bitPattern), name)
        }
    }

    func testOutputIsDeterministicAndAligned() throws {
        let s = try DataScratch()
        let t: [(name: String, tensor: Tensor)] = [("b", testTensor([3, 3], seed: 2)), ("a", testTensor([5], seed: 1))]
        try Safetensors.write(t, metadata: ["k2": "v", "k1": "w"], to: s.path("1.st"))
        try Safetensors.write(t.reversed(), metadata: ["k1": "w", "k2": "v"], to: s.path("2.st"))
        let one = try Data(contentsOf: URL(fileURLWithPath: s.path("1.st")))
        XCTAssertEqual(one, try Data(contentsOf: URL(fileURLWithPath: s.path("2.st"))))
        let headerLength = one.prefix(8).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        XCTAssertEqual(headerLength % 8, 0, "header padded to 8 bytes")
        XCTAssertEqual(one.count, 8 + headerLength + 4 * (9 + 5))
        let header = String(decoding: one[8..<(8 + headerLength)], as: UTF8.self)
        XCTAssertTrue(header.hasPrefix("{\"__metadata__\":{\"k1\":\"w\",\"k2\":\"v\"},\"a\":{\"dtype\":\"F32\",\"shape\":[5],\"data_offsets\":[0,20]}"), header)
    }

    func testWriteRejectsBadNamesAndKeepsOldFile() throws {
        let s = try DataScratch()
        let path = s.path("keep.safetensors")
        try Safetensors.write([("w", Tensor.ones([2]))], to: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        assertThrowsDescription("\(path): tensor name \"w\" appears twice") {
            try Safetensors.write([("w", Tensor.ones([1])), ("w", Tensor.ones([1]))], to: path)
        }
        assertThrowsDescription("\(path): invalid tensor name \"__metadata__\" (must be non-empty and not __metadata__)") {
            try Safetensors.write([("__metadata__", Tensor.ones([1]))], to: path)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
        let missingDir = s.path("nodir/x.safetensors")
        XCTAssertThrowsError(try Safetensors.write([("w", Tensor.ones([1]))], to: missingDir)) { error in
            XCTAssertTrue(error is CheckpointError, "\(error)")
            XCTAssertTrue("\(error)".contains("does not exist"), "\(error)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: s.directory), ["keep.safetensors"])
    }

    func testLoadsPyTorchFixtureOfEveryDType() throws {
        let dir = TestPaths.fixtures + "/safetensors"
        try Self.checkDTypeFixture(safetensors: dir + "/torch_dtypes.safetensors", expected: dir + "/torch_dtypes.json")
    }

    /// Loads a file written by PyTorch and compares every tensor with the Float32 values PyTorch reported.
    static func checkDTypeFixture(safetensors: String, expected: String) throws {
        let reference = try JSONValue(parsing: TextFile.load(expected))
        let loaded = try Safetensors.read(safetensors)
        let wantMeta = (reference["metadata"]?.objectValue ?? [:]).compactMapValues(\.stringValue)
        XCTAssertEqual(loaded.metadata, wantMeta)
        let want = try XCTUnwrap(reference["tensors"]?.objectValue)
        XCTAssertEqual(Set(loaded.tensors.map(\.name)), Set(want.keys))
        XCTAssertEqual(loaded.tensors.map(\.name), loaded.tensors.map(\.name).sorted(), "name order")
        for (name, t) in loaded.tensors {
            let w = try XCTUnwrap(want[name])
            XCTAssertEqual(t.shape, (w["shape"]?.arrayValue ?? []).compactMap(\.intValue), name)
            let values = (w["values"]?.arrayValue ?? []).map { Float($0.numberValue ?? .nan) }
            XCTAssertEqual(t.scalars.map(\.bitPattern), values.map(\.bitPattern), "\(name) (\(w["dtype"]?.stringValue ?? "?"))")
        }
    }

    /// A file's content in comparable form: names, shapes, value bits and metadata.
    static func tensorsAndMetadata(_ path: String) throws -> [String: String] {
        let file = try Safetensors.read(path)
        var out = file.metadata.mapValues { "meta:" + $0 }
        for (name, t) in file.tensors { out[name] = "\(t.shape) \(t.scalars.map(\.bitPattern))" }
        return out
    }

    func testWriterIsByteIdenticalToPyTorch() throws {
        let s = try DataScratch()
        let path = s.path("alinea_f32.safetensors")
        try Safetensors.write(SafetensorsTests.referenceTensors(), metadata: ["format": "pt"], to: path)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)),
                       try Data(contentsOf: URL(fileURLWithPath: TestPaths.fixtures + "/safetensors/torch_f32.safetensors")))
    }

    /// The tensors of `f32_tensors()` in scripts/make_safetensors_fixtures.py.
    static func referenceTensors() -> [(name: String, tensor: Tensor)] {
        let weight = (try? Tensor(shape: [2, 3], values: (0..<6).map { Float($0) / 4 - 0.5 })) ?? Tensor.zeros([2, 3])
        let bias = (try? Tensor(shape: [2], values: [1.5, -2])) ?? Tensor.zeros([2])
        return [("layer.weight", weight), ("layer.bias", bias), ("scale", Tensor(scalar: 0.125)), ("empty", Tensor.zeros([0]))]
    }
}
