import Engine

/// Tokenizer constructors and loading.
extension BuiltinRegistry {
    func registerTokenizerBuiltins() {
        define("ByteTokenizer", [], "The byte-level tokenizer: one id per UTF-8 byte (vocab_size 256); nothing is unknown.") { _ in
            .native(TokenizerObject(ByteTokenizer()))
        }
        define("CharTokenizer", [.required("corpus"), .optional("unknown")],
               "A character-level tokenizer whose vocabulary is every character (code point) of corpus, sorted.",
               doc: "Ids follow Python's sorted(set(text)). Encoding a character outside the vocabulary is an error, "
                   + "unless unknown is a string: then such characters get one extra id that decodes to it.") { args in
            let corpus = try args.string(0)
            let unknown = args.isNil(1) ? nil : try args.string(1)
            return .native(TokenizerObject(CharTokenizer(corpus: corpus, unknownToken: unknown)))
        }
        define("load_tokenizer", [.required("path")], "A tokenizer saved with tok.save(path).",
               doc: "A relative path resolves against the directory of the script making the call.") { args in
            let path = try args.filePath(0)
            return .native(TokenizerObject(try args.withFile(path) { full -> any Tokenizer in
                let text = try TextFile.load(full)
                let kind: String?
                do { kind = try JSONValue(parsing: text)["type"]?.stringValue } catch let error as JSONSyntaxError {
                    throw DataError(path: full, line: error.line, "invalid JSON: \(error.message) (column \(error.column))")
                }
                switch kind {
                case "byte": return ByteTokenizer()
                case "char": return try CharTokenizer.load(full)
                default: throw DataError(path: full, field: "type", "not a tokenizer file (expected \"type\": \"char\" or \"byte\")")
                }
            }))
        }
    }
}
