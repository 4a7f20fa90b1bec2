/// Text to token ids and back; `decode(encode(s)) == s` exactly for every string the tokenizer covers.
public protocol Tokenizer {
    /// Number of distinct ids (ids are `0..<vocabularySize`).
    var vocabularySize: Int { get }
    /// The ids of `text`.
    func encode(_ text: String) throws -> [Int]
    /// The text of `ids`; throws for ids outside the vocabulary.
    func decode(_ ids: [Int]) throws -> String
}
