import Engine
import TestSupport
import XCTest

final class CSVTests: XCTestCase {
    func testQuotedFieldsAndTypeInference() throws {
        let s = try DataScratch()
        let path = try s.file("people.csv", """
            name,age,score,note\r
            "Smith, Jane",41,3.5,"said ""hi""\r
            and left"\r
            Bob,NA,-1e2,plain\r
            "",7,,\r

            """)
        let table = try CSV.load(path)
        XCTAssertEqual(table.columnNames, ["name", "age", "score", "note"])
        XCTAssertEqual(table.rowCount, 3)
        XCTAssertEqual(table.lineNumbers, [2, 4, 5])
        XCTAssertEqual(try table.column("name"), .text(["Smith, Jane", "Bob", nil]))
        XCTAssertEqual(try table.column("age"), .numeric([41, nil, 7]))
        XCTAssertEqual(try table.column("score"), .numeric([3.5, -100, nil]))
        XCTAssertEqual(try table.column("note"), .text(["said \"hi\"\r\nand left", "plain", nil]))
        XCTAssertEqual(table.missingReport.map(\.column), ["name", "age", "score", "note"])
        XCTAssertEqual(table.missingReport.map(\.count), [1, 1, 1, 1])
    }

    func testMissingValueMarkers() throws {
        let s = try DataScratch()
        let path = try s.file("m.csv", "x,y\n1,NA\n2,NaN\n3,\n4, N/A \n5,null\n6,2\n")
        let table = try CSV.load(path)
        XCTAssertEqual(try table.column("y"), .numeric([nil, nil, nil, nil, nil, 2]))
        XCTAssertEqual(table.missingReport.first?.column, "y")
        XCTAssertEqual(table.missingReport.first?.count, 5)
    }

    func testRaggedRowNamesFileAndLine() throws {
        let s = try DataScratch()
        // The quoted field spans lines 2–3, so the short row starts on line 5.
        let path = try s.file("ragged.csv", "a,b\n\"x\ny\",1\n2,3\n4\n")
        assertThrowsDescription("\(path):5: row has 1 field but the header has 2") { try CSV.load(path) }
    }

    func testMalformedQuotes() throws {
        let s = try DataScratch()
        let open = try s.file("open.csv", "a,b\n1,\"never closed\n2,3\n")
        assertThrowsDescription("\(open):2: unterminated quoted field 2 (the opening quote has no closing quote before the end of the file)") {
            try CSV.load(open)
        }
        let after = try s.file("after.csv", "a,b\n\"x\"y,1\n")
        assertThrowsDescription("\(after):2: unexpected text after the closing quote of field 1 (quotes inside a quoted field must be doubled: \"\")") {
            try CSV.load(after)
        }
        // A quote inside an unquoted field is kept literally, as spreadsheets do.
        let inch = try s.file("inch.csv", "h\n5'11\"\n")
        XCTAssertEqual(try CSV.load(inch).column("h"), .text(["5'11\""]))
    }

    func testBadFiles() throws {
        let s = try DataScratch()
        let empty = try s.file("empty.csv", "")
        assertThrowsDescription("\(empty): empty file: expected a header row") { try CSV.load(empty) }
        let dup = try s.file("dup.csv", "a,a\n1,2\n")
        assertThrowsDescription("\(dup):1: duplicate column name \"a\" in the header") { try CSV.load(dup) }
        let bad = try s.bytes("bad.csv", Array("a\nok\n".utf8) + [0xFF, 0x0A])
        assertThrowsDescription("\(bad):3: invalid UTF-8 (byte 0xFF at column 1)") { try CSV.load(bad) }
        assertThrowsDescription("\(s.path("none.csv")): no such file") { try CSV.load(s.path("none.csv")) }
    }

    func testColumnsIntoTensor() throws {
        let s = try DataScratch()
        let path = try s.file("t.csv", "x,label,y\n1,a,0.5\n2,b,NA\n3,c,1.5\n")
        let table = try CSV.load(path)
        assertTensor(try table.tensor(columns: ["x"]), shape: [3, 1], [1, 2, 3])
        assertThrowsDescription("\(path):3: column \"y\" has a missing value (1 in total); clean the data or pass missingAsNaN") {
            try table.tensor(columns: ["x", "y"])
        }
        let withNaN = try table.tensor(columns: ["y", "x"], missingAsNaN: true)
        XCTAssertEqual(withNaN.shape, [3, 2])
        XCTAssertTrue(withNaN.scalars[2].isNaN)
        XCTAssertEqual(withNaN.scalars[4], 1.5)
        assertThrowsDescription("\(path):2: column \"label\" is text, not numeric (for example \"a\")") {
            try table.tensor(columns: ["label"])
        }
        assertThrowsDescription("\(path): no column \"z\" (columns: \"x\", \"label\", \"y\")") { try table.tensor(columns: ["z"]) }
    }

    func testSaveLoadRoundTrip() throws {
        let s = try DataScratch()
        let path = s.path("out.csv")
        let rows = [["a,b", "1"], ["quote \"q\"", "2.5"], ["multi\nline", "-3"], [" padded ", "1e-07"], ["é😀", ""]]
        try CSV.save(header: ["text", "value"], rows: rows, to: path)
        let table = try CSV.load(path)
        XCTAssertEqual(try table.column("text"), .text(rows.map { $0[0] }))
        XCTAssertEqual(try table.column("value"), .numeric([1, 2.5, -3, 1e-7, nil]))
        let again = s.path("again.csv")
        try CSV.save(table, to: again)
        XCTAssertEqual(try TextFile.load(again), try TextFile.load(path))
        XCTAssertThrowsError(try CSV.save(header: ["a"], rows: [["1", "2"]], to: again))
    }

    func testSingleColumnWithEmptyValueSurvivesRoundTrip() throws {
        let s = try DataScratch()
        let path = s.path("one.csv")
        try CSV.save(header: ["v"], rows: [["1"], [""], ["3"]], to: path)
        XCTAssertEqual(try CSV.load(path).column("v"), .numeric([1, nil, 3]))
    }

    func testSaveTensor() throws {
        let s = try DataScratch()
        let path = s.path("t.csv")
        try CSV.save(try Tensor(shape: [2, 2], values: [1, 0.1, -2, 3.25]), columnNames: ["a", "b"], to: path)
        XCTAssertEqual(try TextFile.load(path), "a,b\n1,0.1\n-2,3.25\n")
    }
}
