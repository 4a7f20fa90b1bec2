import Engine
import XCTest

final class CorpusTests: XCTestCase {
    func testSyntheticTextIsDeterministicAndEnglishLike() {
        let a = Corpus.synthetic(sentences: 40, seed: 1)
        XCTAssertEqual(a, Corpus.synthetic(sentences: 40, seed: 1))
        XCTAssertNotEqual(a, Corpus.synthetic(sentences: 40, seed: 2))
        XCTAssertEqual(a.filter { $0 == "." }.count, 40)
        XCTAssertTrue(a.hasSuffix(".\n"))
        XCTAssertTrue(a.first?.isUppercase ?? false)
        XCTAssertTrue(a.allSatisfy { $0.isASCII })
    }

    func testSyntheticTextDoesNotTouchSharedGenerator() {
        RandomGenerator.seed(11)
        let before = RandomGenerator.shared
        _ = Corpus.synthetic(sentences: 10)
        XCTAssertEqual(RandomGenerator.shared, before)
    }

    func testFortunesAndWordsFromGivenPaths() throws {
        let s = try DataScratch()
        try FileManager.default.createDirectory(atPath: s.path("fortunes/off"), withIntermediateDirectories: true)
        _ = try s.file("fortunes/b-file", "Second file.\n%\n")
        _ = try s.file("fortunes/a-file", "First fortune,\n  two lines.\n%\nSecond fortune.\n%\n%\nThird, no trailing marker")
        _ = try s.bytes("fortunes/a-file.dat", [0, 1, 2, 0xFF])
        _ = try s.file("fortunes/off/rude", "hidden\n%\n")
        XCTAssertEqual(try Corpus.fortunes(directory: s.path("fortunes")),
                       ["First fortune,\n  two lines.", "Second fortune.", "Third, no trailing marker", "Second file."])
        let words = try s.file("words", "apple\nbanana\n\ncherry's\n")
        XCTAssertEqual(try Corpus.dictionaryWords(path: words), ["apple", "banana", "cherry's"])
        XCTAssertNil(try Corpus.dictionaryWords(path: s.path("none")))
        XCTAssertNil(try Corpus.fortunes(directory: s.path("none")))
    }

    func testDefaultTextAlwaysProducesSomething() throws {
        let (source, text) = try Corpus.defaultText(maxCharacters: 5_000)
        XCTAssertTrue(["fortunes", "words", "synthetic"].contains(source))
        XCTAssertEqual(text.unicodeScalars.count, 5_000)
    }
}
