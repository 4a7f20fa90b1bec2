/// The byte-level tokenizer: one id per UTF-8 byte (256 ids), so any string round-trips exactly and
/// nothing is ever unknown.
public struct ByteTokenizer: Tokenizer, Sendable, Equatable {
    /// Creates the tokenizer (it has no state).
    public init() {}

    /// Always 256.
    public var vocabularySize: Int { 256 }

    /// The UTF-8 bytes of `text` as ids.
    public func encode(_ text: String) -> [Int] { text.utf8.map { Int($0) } }

    /// The text of byte ids. Byte sequences that are not valid UTF-8 (a model can sample them) become
    /// U+FFFD, as Python's `bytes.decode(errors="replace")` does; valid sequences round-trip exactly.
    public func decode(_ ids: [Int]) throws -> String {
        String(decoding: try bytes(ids), as: UTF8.self)
    }

    /// The raw bytes of ids, checking each is in 0...255.
    public func bytes(_ ids: [Int]) throws -> [UInt8] {
        try ids.enumerated().map { k, id in
            guard let b = UInt8(exactly: id) else {
                throw TensorError("byte_tokenizer", "id \(id) at position \(k) is outside 0..<256")
            }
            return b
        }
    }
}
