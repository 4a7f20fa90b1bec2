import Engine
import XCTest

final class JSONParserTests: XCTestCase {
    func testValues() throws {
        XCTAssertEqual(try JSONValue(parsing: " {\"a\":[1,2.5,-0.5e-3,true,false,null],\"b\":{}} "),
                       ["a": [1, 2.5, -0.0005, true, false, nil], "b": [:]])
        XCTAssertEqual(try JSONValue(parsing: "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u00e9\\ud834\\udd1e\""), .string("\"\\/\u{08}\u{0C}\n\r\tAé𝄞"))
        XCTAssertEqual(try JSONValue(parsing: "[NaN, Infinity, -Infinity]").arrayValue?.map { $0.numberValue?.isFinite }, [false, false, false])
        XCTAssertEqual(try JSONValue(parsing: "9007199254740993").intValue, 9_007_199_254_740_992)
    }

    func testErrorsCarryPositions() {
        func message(_ text: String) -> String {
            do { _ = try JSONValue(parsing: text); return "no error" } catch { return error.description }
        }
        XCTAssertEqual(message("{\"a\" 1}"), "expected ':' after object key \"a\", found character '1' at line 1, column 6")
        XCTAssertEqual(message("[1,\n 2,,]"), "unexpected character ',', expected a value at line 2, column 4")
        XCTAssertEqual(message("01"), "invalid number: leading zero at line 1, column 1")
        XCTAssertEqual(message("1."), "invalid number: expected a digit after '.' at line 1, column 1")
        XCTAssertEqual(message("\"\\x\""), "invalid escape '\\x' in a string at line 1, column 2")
        XCTAssertEqual(message("\"\\ud800\""), "lone high surrogate \\ud800 in a string at line 1, column 2")
        XCTAssertEqual(message("\"a\nb\""), "unescaped control character U+000A in a string at line 1, column 3")
        XCTAssertEqual(message("{\"k\":1,\"k\":2}"), "duplicate key \"k\" at line 1, column 8")
        XCTAssertEqual(message("[1] x"), "unexpected character 'x' after the JSON value at line 1, column 5")
        XCTAssertEqual(message("tru"), "invalid literal, expected 'true' at line 1, column 1")
        XCTAssertEqual(message(""), "unexpected end of input, expected a value at line 1, column 1")
        XCTAssertEqual(message("[1, 2"), "unexpected end of input inside an array (missing ']') at line 1, column 6")
    }

    func testDeepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000)
        XCTAssertThrowsError(try JSONValue(parsing: deep)) { error in
            XCTAssertTrue("\(error)".hasPrefix("nesting deeper than 512 levels"), "\(error)")
        }
    }

    func testSerializationRoundTripsAndIsDeterministic() throws {
        let v: JSONValue = ["z": [1, 0.1, -0.0, 1e-7, 123456789012], "a": "é\u{0}\"", "m": ["y": true, "x": nil]]
        let text = v.serialized()
        XCTAssertEqual(text, "{\"a\":\"é\\u0000\\\"\",\"m\":{\"x\":null,\"y\":true},\"z\":[1,0.1,-0.0,1e-07,123456789012]}")
        XCTAssertEqual(try JSONValue(parsing: text), v)
    }
}
