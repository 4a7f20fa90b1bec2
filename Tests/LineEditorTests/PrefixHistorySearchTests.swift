import XCTest
@testable import LineEditor

/// ↑/↓ walk only the entries that start with what was typed before the first ↑.
final class PrefixHistorySearchTests: XCTestCase {
    private let entries = ["print(1)", "let x = 3", "printf(2)", "let y = 4", "printf(2)"]

    func testUpWalksOlderMatchesAndDownComesBack() {
        var search = PrefixHistorySearch()
        XCTAssertEqual(search.step(.older, line: "pri", cursor: 3, entries: entries), "printf(2)")
        // The older "printf(2)" is the same text as the line shown: skipped.
        XCTAssertEqual(search.step(.older, line: "printf(2)", cursor: 9, entries: entries), "print(1)")
        XCTAssertNil(search.step(.older, line: "print(1)", cursor: 8, entries: entries), "no older match")
        XCTAssertEqual(search.step(.newer, line: "print(1)", cursor: 8, entries: entries), "printf(2)")
        XCTAssertEqual(search.step(.newer, line: "printf(2)", cursor: 9, entries: entries), "pri",
                       "past the newest match the typed text comes back")
        XCTAssertNil(search.step(.newer, line: "pri", cursor: 3, entries: entries))
    }

    func testEmptyPrefixIsPlainHistory() {
        var search = PrefixHistorySearch()
        XCTAssertEqual(search.step(.older, line: "", cursor: 0, entries: entries), "printf(2)")
        XCTAssertEqual(search.step(.older, line: "printf(2)", cursor: 9, entries: entries), "let y = 4")
    }

    func testOnlyTextBeforeTheCursorIsThePrefix() {
        var search = PrefixHistorySearch()
        XCTAssertEqual(search.step(.older, line: "let zzz", cursor: 3, entries: entries), "let y = 4")
        XCTAssertEqual(search.prefix, "let")
    }

    func testEditingStartsANewSearch() {
        var search = PrefixHistorySearch()
        XCTAssertEqual(search.step(.older, line: "pri", cursor: 3, entries: entries), "printf(2)")
        // The user edited the recalled line: its text is the new prefix.
        XCTAssertEqual(search.step(.older, line: "let", cursor: 3, entries: entries), "let y = 4")
        search.reset()
        XCTAssertEqual(search.prefix, "")
    }

    func testNoSubstringOrRegexMatches() {
        var search = PrefixHistorySearch()
        XCTAssertNil(search.step(.older, line: "x = 3", cursor: 5, entries: entries))
        XCTAssertNil(search.step(.older, line: "p.i", cursor: 3, entries: entries))
    }

    func testDownWithoutASearchDoesNothing() {
        var search = PrefixHistorySearch()
        XCTAssertNil(search.step(.newer, line: "abc", cursor: 3, entries: entries))
    }
}
