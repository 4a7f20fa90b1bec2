import Engine

/// A byte-level or character-level tokenizer as an Alinea value: `encode(text)` gives a list of
/// ids, `decode(ids)` the text back (exactly), `vocab_size`, `save(path)`.
final class TokenizerObject: NativeObject {
    /// The wrapped tokenizer (`ByteTokenizer` or `CharTokenizer`).
    let tokenizer: any Tokenizer

    /// Wraps a tokenizer.
    init(_ tokenizer: any Tokenizer) { self.tokenizer = tokenizer }

    var typeName: String { tokenizer is CharTokenizer ? "CharTokenizer" : "ByteTokenizer" }

    /// `CharTokenizer(vocab_size = 27)`.
    var description: String { "\(typeName)(vocab_size = \(tokenizer.vocabularySize))" }

    var memberNames: [String] { TokenizerObject.methods.names + ["vocab_size", "vocab", "unknown_id"] }

    func attribute(_ name: String) throws -> Value? {
        switch name {
        case "vocab_size": return .number(Double(tokenizer.vocabularySize))
        case "vocab":
            guard let c = tokenizer as? CharTokenizer else { return .nil }
            return .list(c.scalars.map { .string(String($0)) })
        case "unknown_id":
            return (tokenizer as? CharTokenizer)?.unknownID.map { .number(Double($0)) } ?? .nil
        default: return nil
        }
    }

    func method(_ name: String) -> Builtin? { TokenizerObject.methods[name] }

    /// The file a byte tokenizer saves (it has no vocabulary to store).
    static let byteTokenizerJSON = "{\"type\":\"byte\"}\n"

    /// The shared method table.
    static let methods = MethodTable([
        nativeMethod("encode", [.required("text")], "The token ids of text, as a list (tensor(ids) makes a tensor).") { args in
            let t = try args.receiver(TokenizerObject.self).tokenizer
            let text = try args.string(0)
            return TokenIDs.list(try Value.engine { try t.encode(text) })
        },
        nativeMethod("decode", [.required("ids")], "The text of token ids (a list or a 1-D tensor).",
               doc: "Byte sequences that are not valid UTF-8 decode to U+FFFD; ids outside the vocabulary are an error.") { args in
            let t = try args.receiver(TokenizerObject.self).tokenizer
            let ids = try args.tokenIDs(0)
            return .string(try Value.engine { try t.decode(ids) })
        },
        nativeMethod("save", [.required("path")], "Writes the tokenizer as JSON (load it back with load_tokenizer).") { args in
            let t = try args.receiver(TokenizerObject.self).tokenizer
            let path = try args.filePath(0)
            try args.withFile(path) { full in
                if let c = t as? CharTokenizer { try c.save(to: full) } else { try TextFile.save(byteTokenizerJSON, to: full) }
            }
            return .nil
        },
    ])
}
