import Foundation

/// Reading and writing the safetensors format (https://github.com/huggingface/safetensors): an 8-byte
/// little-endian header length, a JSON header (`dtype`, `shape`, `data_offsets` per tensor and an
/// optional `__metadata__` string map), padded with spaces to a multiple of 8 bytes, then raw
/// little-endian data. Files Alinea writes are byte-identical to `safetensors.torch.save_file` for the
/// same Float32 tensors and at most one metadata entry (Rust orders several entries unpredictably).
public enum Safetensors {
    /// Writes `tensors` (as Float32, ordered by name) and `metadata` to `path` atomically: the old file
    /// survives any failure. Names must be unique, non-empty and not `__metadata__`.
    public static func write(_ tensors: [(String, Tensor)], metadata: [String: String] = [:], to path: String) throws {
        var seen = Set<String>()
        for (name, _) in tensors {
            guard !name.isEmpty, name != "__metadata__" else {
                throw CheckpointError(path: path, "invalid tensor name \"\(name)\" (must be non-empty and not __metadata__)")
            }
            guard seen.insert(name).inserted else { throw CheckpointError(path: path, "tensor name \"\(name)\" appears twice") }
        }
        // Byte order of UTF-8, which is what the reference implementation sorts by.
        let sorted = tensors.sorted { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }
        let contiguous = sorted.map { ($0.0, $0.1.contiguousData()) }
        let header = headerBytes(contiguous.map { ($0.0, $0.1.shape) }, metadata: metadata)
        do {
            try AtomicFile.write(to: path) { handle in
                var length = UInt64(header.count).littleEndian
                try handle.write(contentsOf: Data(bytes: &length, count: 8))
                try handle.write(contentsOf: Data(header))
                for (_, t) in contiguous where t.count > 0 {
                    try handle.write(contentsOf: littleEndianBytes(t))
                }
            }
        } catch let error as DataError {
            throw CheckpointError(path: path, error.reason)
        }
    }

    /// The bytes of a contiguous tensor in little-endian order.
    private static func littleEndianBytes(_ t: Tensor) -> Data {
        #if _endian(little)
        // No copy: the tensor outlives the write call that consumes this Data.
        return Data(bytesNoCopy: t.basePointer, count: t.count * 4, deallocator: .none)
        #else
        var d = Data(count: t.count * 4)
        d.withUnsafeMutableBytes { raw in
            for k in 0..<t.count { raw.storeBytes(of: t.basePointer[k].bitPattern.littleEndian, toByteOffset: 4 * k, as: UInt32.self) }
        }
        return d
        #endif
    }

    /// The header JSON exactly as the reference serializer writes it: `__metadata__` first (keys
    /// sorted here), then tensors in order with fields dtype, shape, data_offsets; padded with spaces.
    static func headerBytes(_ tensors: [(String, [Int])], metadata: [String: String]) -> [UInt8] {
        var json = "{"
        var first = true
        if !metadata.isEmpty {
            json += "\"__metadata__\":{"
            for (k, key) in metadata.keys.sorted().enumerated() {
                if k > 0 { json += "," }
                JSONValue.writeString(key, into: &json)
                json += ":"
                JSONValue.writeString(metadata[key] ?? "", into: &json)
            }
            json += "}"
            first = false
        }
        var offset = 0
        for (name, shape) in tensors {
            if !first { json += "," }
            first = false
            let bytes = Shape.count(shape) * 4
            JSONValue.writeString(name, into: &json)
            json += ":{\"dtype\":\"F32\",\"shape\":[" + shape.map(String.init).joined(separator: ",") + "],"
            json += "\"data_offsets\":[\(offset),\(offset + bytes)]}"
            offset += bytes
        }
        json += "}"
        var out = Array(json.utf8)
        out.append(contentsOf: [UInt8](repeating: 0x20, count: (8 - out.count % 8) % 8))
        return out
    }

    /// Reads every tensor (converted to Float32, see `SafetensorsDType`) and the metadata of `path`,
    /// in name order. A truncated or corrupt file throws a `CheckpointError` naming the problem.
    public static func read(_ path: String) throws -> (tensors: [(name: String, tensor: Tensor)], metadata: [String: String]) {
        let data: Data
        do {
            data = try TextDecoding.readData(path)
        } catch let error as DataError {
            throw CheckpointError(path: path, error.reason)
        }
        return try data.withUnsafeBytes { raw -> (tensors: [(name: String, tensor: Tensor)], metadata: [String: String]) in
            try decode(raw, path: path)
        }
    }

    /// Decodes a whole file held in memory.
    static func decode(_ raw: UnsafeRawBufferPointer, path: String) throws -> (tensors: [(name: String, tensor: Tensor)], metadata: [String: String]) {
        guard raw.count >= 8 else {
            throw CheckpointError(path: path, "truncated: the file has \(raw.count) bytes, fewer than the 8-byte header length")
        }
        let declared = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        guard declared <= UInt64(SafetensorsHeader.maxHeaderBytes) else {
            throw CheckpointError(path: path, "corrupt header length \(declared) (limit \(SafetensorsHeader.maxHeaderBytes) bytes); not a safetensors file?")
        }
        let headerLength = Int(declared)
        guard headerLength <= raw.count - 8 else {
            throw CheckpointError(path: path, "truncated: the header length says \(headerLength) bytes follow but only \(raw.count - 8) do")
        }
        guard headerLength >= 2 else { throw CheckpointError(path: path, "corrupt header: \(headerLength) bytes is too short for a JSON object") }
        guard let base = raw.baseAddress else { throw CheckpointError(path: path, "empty file") }
        let headerBytes = UnsafeBufferPointer(rebasing: raw.assumingMemoryBound(to: UInt8.self)[8..<(8 + headerLength)])
        let dataStart = 8 + headerLength
        let header = try SafetensorsHeader(header: headerBytes, dataLength: raw.count - dataStart, path: path)
        var tensors: [(name: String, tensor: Tensor)] = []
        for e in header.entries {
            let t = Tensor(uninitializedShape: e.shape)
            if let bad = e.dtype.convert(base + dataStart + e.begin, count: t.count, into: t.basePointer) {
                throw CheckpointError(path: path, "tensor '\(e.name)' (\(e.dtype.rawValue)): \(bad)")
            }
            tensors.append((e.name, t))
        }
        tensors.sort { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
        return (tensors, header.metadata)
    }
}
