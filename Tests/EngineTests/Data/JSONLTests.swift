import Engine
import XCTest

final class JSONLTests: XCTestCase {
    func testLoadsRowsSkippingBlankLinesWithCRLFAndBOM() throws {
        let s = try DataScratch()
        let path = try s.file("rows.jsonl", "\u{FEFF}{\"a\": 1, \"b\": [true, null]}\r\n\n  \n{\"a\": -2.5e1, \"s\": \"x\\n\\u00e9\\ud83d\\ude00\"}\n")
        let rows = try JSONL.load(path)
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(rows[0]["a"], 1)
        XCTAssertEqual(rows[0]["b"], [true, nil])
        XCTAssertEqual(rows[1]["a"], -25)
        XCTAssertEqual(rows[1]["s"], .string("x\né😀"))
    }

    func testMalformedRowNamesFileLineAndColumn() throws {
        let s = try DataScratch()
        let path = try s.file("bad.jsonl", "{\"a\": 1}\n{\"a\": 2}\n{\"a\": 3,}\n")
        assertThrowsDescription("\(path):3: invalid JSON: expected a string key in an object, found character '}' (column 9)") {
            try JSONL.load(path)
        }
        let truncated = try s.file("truncated.jsonl", "{\"a\": 1}\n{\"a\": \"unterminated\n")
        assertThrowsDescription("\(truncated):2: invalid JSON: unterminated string (column 7)") { try JSONL.load(truncated) }
        let notObject = try s.file("array.jsonl", "[1, 2]\n")
        assertThrowsDescription("\(notObject):1: expected a JSON object, found an array") { try JSONL.load(notObject) }
    }

    func testInvalidUTF8NamesLine() throws {
        let s = try DataScratch()
        let path = try s.bytes("latin1.jsonl", Array("{\"a\": 1}\n{\"name\": \"caf".utf8) + [0xE9] + Array("\"}\n".utf8))
        assertThrowsDescription("\(path):2: invalid UTF-8 (byte 0xE9 at column 14)") { try JSONL.load(path) }
        let skipped = try JSONL.load(path, skipMalformed: true)
        XCTAssertEqual(skipped.rows.count, 1)
        XCTAssertEqual(skipped.skipped.map(\.line), [2])
    }

    func testStrictModeReportsTheEarliestProblem() throws {
        let s = try DataScratch()
        let path = try s.bytes("order.jsonl", Array("{\"a\": 1}\n{oops}\n{\"b\": \"".utf8) + [0xFF] + Array("\"}\n".utf8))
        XCTAssertThrowsError(try JSONL.load(path)) { error in
            XCTAssertEqual((error as? DataError)?.line, 2, "the JSON error on line 2 comes before the bad byte on line 3")
        }
    }

    func testSkipModeReportsEverySkippedRow() throws {
        let s = try DataScratch()
        let path = try s.file("mixed.jsonl", "{\"a\": 1}\nnot json\n{\"a\": 2}\n42\n{\"a\": 3}\n")
        let result = try JSONL.load(path, skipMalformed: true)
        XCTAssertEqual(result.rows.map { $0["a"] }, [1, 2, 3])
        XCTAssertEqual(result.lineNumbers, [1, 3, 5])
        XCTAssertEqual(result.skippedCount, 2)
        XCTAssertEqual(result.skipped.map(\.line), [2, 4])
        XCTAssertThrowsError(try JSONL.load(path), "strict mode stops at the first bad row")
    }

    func testMissingFileAndDirectory() throws {
        let s = try DataScratch()
        assertThrowsDescription("\(s.path("nope.jsonl")): no such file") { try JSONL.load(s.path("nope.jsonl")) }
        assertThrowsDescription("\(s.directory): is a directory, not a file") { try JSONL.load(s.directory) }
    }

    func testSaveLoadRoundTrip() throws {
        let s = try DataScratch()
        let rows: [[String: JSONValue]] = [
            ["text": "line\nbreak \"quoted\" \\ tab\t", "n": 0.1, "big": 1e300, "int": 42, "neg": -7, "emoji": "👩‍👩‍👧"],
            ["nested": ["a": [1, 2, ["b": nil]]], "flag": false, "ctl": "\u{01}", "nan": .number(.nan)],
            [:],
        ]
        let path = s.path("out.jsonl")
        try JSONL.save(rows, to: path)
        let back = try JSONL.load(path)
        XCTAssertEqual(back.count, 3)
        XCTAssertEqual(back[0], rows[0])
        XCTAssertEqual(back[1]["nested"], rows[1]["nested"])
        XCTAssertEqual(back[1]["ctl"], "\u{01}")
        XCTAssertTrue(back[1]["nan"]?.numberValue?.isNaN ?? false)
        let text = try TextFile.load(path)
        XCTAssertTrue(text.hasPrefix("{\"big\":1e+300,\"emoji\":\"👩‍👩‍👧\",\"int\":42,\"n\":0.1,\"neg\":-7,"), text)
    }

    func testPreferencePairs() throws {
        let s = try DataScratch()
        let good = try s.file("prefs.jsonl", """
            {"prompt": "2+2=", "chosen": "4", "rejected": "5", "id": 7}
            {"prompt": "Hi", "chosen": "Hello!", "rejected": "Go away."}

            """)
        let loaded = try JSONL.loadPreferences(good)
        XCTAssertEqual(loaded.pairs, [PreferencePair(prompt: "2+2=", chosen: "4", rejected: "5"),
                                      PreferencePair(prompt: "Hi", chosen: "Hello!", rejected: "Go away.")])
        XCTAssertTrue(loaded.skipped.isEmpty)
        let out = s.path("copy.jsonl")
        try JSONL.savePreferences(loaded.pairs, to: out)
        XCTAssertEqual(try JSONL.loadPreferences(out).pairs, loaded.pairs)
    }

    func testPreferenceErrorsNameLineAndKey() throws {
        let s = try DataScratch()
        let path = try s.file("prefs.jsonl", """
            {"prompt": "a", "chosen": "b", "rejected": "c"}
            {"prompt": "a", "rejected": "c"}
            {"prompt": "a", "chosen": ["b"], "rejected": "c"}
            {"prompt": "a", "chosen": "b", "rejected": "c"

            """)
        assertThrowsDescription("\(path):2: missing key \"chosen\" (a preference row needs \"prompt\", \"chosen\" and \"rejected\")") {
            try JSONL.loadPreferences(path)
        }
        let result = try JSONL.loadPreferences(path, skipMalformed: true)
        XCTAssertEqual(result.pairs.count, 1)
        XCTAssertEqual(result.skipped.map(\.line), [2, 3, 4])
        XCTAssertEqual(result.skipped[0].field, "chosen")
        XCTAssertTrue(result.skipped[1].reason.contains("must be a string, found an array"), result.skipped[1].reason)
        XCTAssertTrue(result.skipped[2].reason.hasPrefix("invalid JSON"), result.skipped[2].reason)
    }
}
