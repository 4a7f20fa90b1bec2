import Engine
import XCTest

final class TokenizerTests: XCTestCase {
    /// Strings that trip up naive tokenizers: combining marks (decomposed and precomposed, which
    /// Swift's `Character` treats as equal), ZWJ emoji sequences, skin tones, flags, CJK, RTL, NUL.
    static let hardStrings = [
        "", "plain ascii", "e\u{301}te\u{301} vs \u{e9}t\u{e9}", "👩‍👩‍👧‍👦 family", "👋🏽 wave", "🇫🇷🇯🇵", "日本語のテキスト",
        "مرحبا", "a\u{0}b", "tab\tnewline\n\r\n", "Z\u{351}\u{36B}\u{343}\u{36A}a\u{302}\u{33B}lgo", "\u{FEFF}bom",
    ]

    func testByteTokenizerRoundTripsExactly() throws {
        let t = ByteTokenizer()
        XCTAssertEqual(t.vocabularySize, 256)
        for s in Self.hardStrings {
            let ids = t.encode(s)
            XCTAssertEqual(ids.count, s.utf8.count)
            let back = try t.decode(ids)
            XCTAssertEqual(Array(back.utf8), Array(s.utf8), "byte-exact round trip of \(s.debugDescription)")
        }
        XCTAssertEqual(t.encode("é"), [0xC3, 0xA9])
    }

    func testByteTokenizerInvalidInput() throws {
        let t = ByteTokenizer()
        XCTAssertEqual(try t.decode([0x61, 0xFF, 0x62]), "a\u{FFFD}b", "invalid UTF-8 is replaced, not dropped")
        XCTAssertThrowsError(try t.decode([256])) { XCTAssertEqual("\($0)", "byte_tokenizer: id 256 at position 0 is outside 0..<256") }
        XCTAssertThrowsError(try t.decode([-1]))
    }

    func testCharTokenizerVocabularyIsSortedByCodePoint() throws {
        let t = CharTokenizer(corpus: "hello world")
        XCTAssertEqual(t.scalars.map { String($0) }, [" ", "d", "e", "h", "l", "o", "r", "w"])
        XCTAssertEqual(try t.encode("hello"), [3, 2, 4, 4, 5])
        XCTAssertEqual(t.vocabularySize, 8)
        XCTAssertNil(t.unknownID)
    }

    func testCharTokenizerRoundTripsHardStrings() throws {
        let corpus = Self.hardStrings.joined()
        let t = CharTokenizer(corpus: corpus)
        for s in Self.hardStrings {
            let back = try t.decode(try t.encode(s))
            XCTAssertEqual(Array(back.unicodeScalars), Array(s.unicodeScalars), "scalar-exact round trip of \(s.debugDescription)")
        }
        // Precomposed and decomposed é are different code points, so different ids.
        XCTAssertNotEqual(try t.encode("\u{e9}"), try t.encode("e\u{301}"))
    }

    func testUnknownCharacters() throws {
        let strict = CharTokenizer(corpus: "abc")
        XCTAssertThrowsError(try strict.encode("abz")) { error in
            XCTAssertEqual("\(error)", "char_tokenizer: character U+007A 'z' at position 2 is not in the vocabulary (build it from a corpus that contains it, or give an unknown token)")
        }
        XCTAssertThrowsError(try strict.encode("a\n")) { XCTAssertTrue("\($0)".contains("U+000A at position 1"), "\($0)") }
        XCTAssertThrowsError(try strict.decode([3]))
        let lenient = CharTokenizer(corpus: "abc", unknownToken: "?")
        XCTAssertEqual(lenient.vocabularySize, 4)
        XCTAssertEqual(try lenient.encode("azb"), [0, 3, 1])
        XCTAssertEqual(try lenient.decode([0, 3, 1]), "a?b")
    }

    func testSaveLoad() throws {
        let s = try DataScratch()
        let t = CharTokenizer(corpus: Self.hardStrings.joined(), unknownToken: "<unk>")
        let path = s.path("tok.json")
        try t.save(to: path)
        let back = try CharTokenizer.load(path)
        XCTAssertEqual(back, t)
        let sample = "e\u{301}👩‍👩‍👧‍👦 日本"
        XCTAssertEqual(try back.encode(sample), try t.encode(sample))
        let explicit = try CharTokenizer(vocabulary: ["z", "a"])
        XCTAssertEqual(try explicit.encode("az"), [1, 0], "an explicit vocabulary keeps its order")
        try explicit.save(to: path)
        XCTAssertEqual(try CharTokenizer.load(path), explicit)
        XCTAssertThrowsError(try CharTokenizer(vocabulary: ["a", "a"]))
    }

    func testLoadRejectsMalformedFiles() throws {
        let s = try DataScratch()
        let cases: [(String, String)] = [
            ("{\"type\": \"char\", \"vocab\": [\"a\", \"bc\"]}", "field vocab: entry 1 must be a string of exactly one character (code point)"),
            ("{\"type\": \"bpe\"}", "not a character tokenizer file (expected \"type\": \"char\")"),
            ("{\"type\": \"char\"}", "missing \"vocab\" array"),
            ("{\"type\": \"char\", \"vocab\": [\"a\", \"a\"]}", "vocabulary has duplicate entries"),
            ("{\"type\": \"char\", \"vocab\": [], \"unknown\": 3}", "\"unknown\" must be a string or null"),
        ]
        for (k, (text, reason)) in cases.enumerated() {
            let path = try s.file("t\(k).json", text)
            XCTAssertThrowsError(try CharTokenizer.load(path)) { error in
                XCTAssertTrue("\(error)".hasSuffix(reason.replacingOccurrences(of: "field vocab: ", with: "")), "\(error)")
            }
        }
        let broken = try s.file("broken.json", "{\n\"type\": \"char\",\n\"vocab\": [\"a\" \"b\"]}")
        assertThrowsDescription("\(broken):3: invalid JSON: expected ',' or ']' in an array, found character '\"' (column 15)") {
            try CharTokenizer.load(broken)
        }
    }
}
