import XCTest
@testable import LineEditor

/// The pure parts of Tab completion: what to insert, when to list, how to lay out the list.
final class CompletionLogicTests: XCTestCase {
    func testLongestCommonPrefix() {
        XCTAssertEqual(CompletionAction.longestCommonPrefix(["print", "printf", "println"]), "print")
        XCTAssertEqual(CompletionAction.longestCommonPrefix(["range", "randn"]), "ran")
        XCTAssertEqual(CompletionAction.longestCommonPrefix(["abc", "xyz"]), "")
        XCTAssertEqual(CompletionAction.longestCommonPrefix(["only"]), "only")
        XCTAssertEqual(CompletionAction.longestCommonPrefix([]), "")
        XCTAssertEqual(CompletionAction.longestCommonPrefix(["é→a", "é→b"]), "é→", "Characters, not bytes")
        // "e" + combining acute is one Character; a prefix never splits it.
        XCTAssertEqual(CompletionAction.longestCommonPrefix(["e\u{301}x", "ey"]), "")
    }

    func testSingleCandidateIsInserted() {
        XCTAssertEqual(CompletionAction.decide(word: "rel", candidates: ["relu"], repeatedTab: false),
                       .replace("relu"))
        XCTAssertEqual(CompletionAction.decide(word: "rel", candidates: ["relu", "relu"], repeatedTab: false),
                       .replace("relu"), "duplicates count once")
    }

    func testSeveralCandidatesInsertTheCommonPrefixThenListOnTheSecondTab() {
        let candidates = ["range", "randn"]
        XCTAssertEqual(CompletionAction.decide(word: "ra", candidates: candidates, repeatedTab: false),
                       .replace("ran"))
        XCTAssertEqual(CompletionAction.decide(word: "ran", candidates: candidates, repeatedTab: false), .beep)
        XCTAssertEqual(CompletionAction.decide(word: "ran", candidates: candidates, repeatedTab: true),
                       .list(["randn", "range"]), "listed sorted")
    }

    func testNoCandidatesBeeps() {
        XCTAssertEqual(CompletionAction.decide(word: "zz", candidates: [], repeatedTab: true), .beep)
    }

    func testCandidatesNotExtendingTheWordNeverDeleteTypedText() {
        // A case-insensitive provider: the common prefix "Pr" does not extend "pri".
        XCTAssertEqual(CompletionAction.decide(word: "pri", candidates: ["Print", "Private"], repeatedTab: false),
                       .beep)
        XCTAssertEqual(CompletionAction.decide(word: "pri", candidates: ["Print", "Private"], repeatedTab: true),
                       .list(["Print", "Private"]))
    }

    func testEmptyWordCompletesToTheCommonPrefix() {
        // After a dot: `model.<Tab>` with members that share a prefix.
        XCTAssertEqual(CompletionAction.decide(word: "", candidates: ["parameters", "params"], repeatedTab: false),
                       .replace("param"))
    }

    func testColumnsFillTopToBottomWithinTheWidth() {
        let items = ["a", "bb", "ccc", "dddd", "e"]
        // Column width 6 (longest + 2), 12 columns → 2 columns, 3 rows.
        XCTAssertEqual(CandidateLayout.rows(items, width: 12), ["a     dddd", "bb    e", "ccc"])
        XCTAssertEqual(CandidateLayout.rows(items, width: 80), ["a     bb    ccc   dddd  e"])
        XCTAssertEqual(CandidateLayout.rows(["averyveryverylongname"], width: 5), ["averyveryverylongname"])
        XCTAssertEqual(CandidateLayout.rows([], width: 80), [])
    }

    func testListingIsCutAtTheLimit() {
        let items = (1...5).map { "n\($0)" }
        XCTAssertEqual(CandidateLayout.listing(items, width: 80, limit: 3), "n1  n2  n3\n... and 2 more")
        XCTAssertEqual(CandidateLayout.listing(items, width: 80, limit: 10), "n1  n2  n3  n4  n5")
    }
}
