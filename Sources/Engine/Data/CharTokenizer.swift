/// A character-level tokenizer whose vocabulary is the set of Unicode scalars (code points) in a corpus,
/// sorted by code point, exactly like Python's `sorted(set(text))`.
///
/// Scalars rather than Swift `Character`s are the unit because `Character` equality is canonical
/// equivalence: `é` and `e` + U+0301 would share an id and decoding would not give back the original
/// bytes. With scalars, emoji sequences and combining marks round-trip exactly.
public struct CharTokenizer: Tokenizer, Sendable, Equatable {
    /// The vocabulary in id order.
    public let scalars: [Unicode.Scalar]
    /// Text an unknown id decodes to and whose presence enables the unknown id (`scalars.count`); nil
    /// means encoding a scalar outside the vocabulary is an error.
    public let unknownToken: String?
    private let ids: [Unicode.Scalar: Int]

    /// Builds the vocabulary from every scalar of `corpus`; with `unknownToken`, unseen scalars map to
    /// one extra id at the end instead of failing.
    public init(corpus: String, unknownToken: String? = nil) {
        self.init(ordered: Array(Set(corpus.unicodeScalars)).sorted { $0.value < $1.value }, unknownToken: unknownToken)
    }

    /// A tokenizer over an explicit vocabulary, keeping its order (id = position); duplicates are an error.
    public init(vocabulary: [Unicode.Scalar], unknownToken: String? = nil) throws {
        guard Set(vocabulary).count == vocabulary.count else {
            throw TensorError("char_tokenizer", "the vocabulary has duplicate entries")
        }
        self.init(ordered: vocabulary, unknownToken: unknownToken)
    }

    /// The designated initialiser; `ordered` must hold no duplicates.
    private init(ordered: [Unicode.Scalar], unknownToken: String?) {
        scalars = ordered
        self.unknownToken = unknownToken
        ids = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0) })
    }

    /// Vocabulary size, counting the unknown id when there is one.
    public var vocabularySize: Int { scalars.count + (unknownToken == nil ? 0 : 1) }

    /// The id of unknown scalars, if enabled.
    public var unknownID: Int? { unknownToken == nil ? nil : scalars.count }

    /// The id of every scalar of `text`; an unseen scalar is the unknown id, or an error naming it.
    public func encode(_ text: String) throws -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(text.unicodeScalars.count)
        for (k, s) in text.unicodeScalars.enumerated() {
            if let id = ids[s] { out.append(id); continue }
            guard let unk = unknownID else {
                throw TensorError("char_tokenizer", "character \(CharTokenizer.describe(s)) at position \(k) is not in the vocabulary (build it from a corpus that contains it, or give an unknown token)")
            }
            out.append(unk)
        }
        return out
    }

    /// The text of `ids`; the unknown id decodes to `unknownToken`.
    public func decode(_ ids: [Int]) throws -> String {
        var out = String.UnicodeScalarView()
        for (k, id) in ids.enumerated() {
            if id >= 0 && id < scalars.count { out.append(scalars[id]); continue }
            if let unk = unknownID, id == unk, let token = unknownToken { out.append(contentsOf: token.unicodeScalars); continue }
            throw TensorError("char_tokenizer", "id \(id) at position \(k) is outside the vocabulary of \(vocabularySize)")
        }
        return String(out)
    }

    /// `U+00E9 'é'`-style description for error messages.
    static func describe(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: Swift.max(0, 4 - hex.count)) + hex
        return s.properties.generalCategory == .control ? code : "\(code) '\(s)'"
    }

    /// The tokenizer as JSON: `{"type": "char", "vocab": ["a", ...], "unknown": null}`.
    public func json() -> JSONValue {
        .object(["type": "char", "vocab": .array(scalars.map { .string(String($0)) }),
                 "unknown": unknownToken.map(JSONValue.string) ?? .null])
    }

    /// Writes the tokenizer to `path` as JSON, atomically.
    public func save(to path: String) throws {
        try AtomicFile.write(text: json().serialized() + "\n", to: path)
    }

    /// Reads a tokenizer written by `save(to:)`, validating every field.
    public static func load(_ path: String) throws -> CharTokenizer {
        let text = try TextDecoding.readText(path)
        let value: JSONValue
        do { value = try JSONValue(parsing: text) } catch {
            throw DataError(path: path, line: error.line, "invalid JSON: \(error.message) (column \(error.column))")
        }
        guard value["type"]?.stringValue == "char" else {
            throw DataError(path: path, field: "type", "not a character tokenizer file (expected \"type\": \"char\")")
        }
        guard let vocab = value["vocab"]?.arrayValue else {
            throw DataError(path: path, field: "vocab", "missing \"vocab\" array")
        }
        var scalars: [Unicode.Scalar] = []
        for (k, item) in vocab.enumerated() {
            guard let s = item.stringValue, s.unicodeScalars.count == 1, let scalar = s.unicodeScalars.first else {
                throw DataError(path: path, field: "vocab", "entry \(k) must be a string of exactly one character (code point)")
            }
            scalars.append(scalar)
        }
        guard Set(scalars).count == scalars.count else {
            throw DataError(path: path, field: "vocab", "vocabulary has duplicate entries")
        }
        let unknown: String?
        switch value["unknown"] {
        case nil, .null?: unknown = nil
        case .string(let s)?: unknown = s
        default: throw DataError(path: path, field: "unknown", "\"unknown\" must be a string or null")
        }
        return CharTokenizer(ordered: scalars, unknownToken: unknown)
    }

    /// Equality of vocabulary and unknown token.
    public static func == (a: CharTokenizer, b: CharTokenizer) -> Bool {
        a.scalars == b.scalars && a.unknownToken == b.unknownToken
    }
}
