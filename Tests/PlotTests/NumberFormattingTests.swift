@testable import Plot
import XCTest

final class NumberFormattingTests: XCTestCase {
    func testFixedTrimsZerosAndRounds() {
        XCTAssertEqual(NumberFormatting.fixed(2.5, decimals: 2), "2.5")
        XCTAssertEqual(NumberFormatting.fixed(3, decimals: 2), "3")
        XCTAssertEqual(NumberFormatting.fixed(0.004, decimals: 2), "0")
        XCTAssertEqual(NumberFormatting.fixed(-0.004, decimals: 2), "0")
        XCTAssertEqual(NumberFormatting.fixed(-1.236, decimals: 2), "-1.24")
        XCTAssertEqual(NumberFormatting.fixed(0.05, decimals: 2), "0.05")
        XCTAssertEqual(NumberFormatting.fixed(123456.789, decimals: 1), "123456.8")
        XCTAssertEqual(NumberFormatting.fixed(.nan, decimals: 2), "nan")
        XCTAssertEqual(NumberFormatting.fixed(-.infinity, decimals: 2), "-inf")
    }

    func testSignificant() {
        XCTAssertEqual(NumberFormatting.significant(0.41234), "0.412")
        XCTAssertEqual(NumberFormatting.significant(2.3), "2.3")
        XCTAssertEqual(NumberFormatting.significant(1234.5), "1235")
        XCTAssertEqual(NumberFormatting.significant(1000), "1000")
        XCTAssertEqual(NumberFormatting.significant(0), "0")
        XCTAssertEqual(NumberFormatting.significant(3e-7), "3e-7")
        XCTAssertEqual(NumberFormatting.significant(2.5e9), "2.5e9")
        XCTAssertEqual(NumberFormatting.significant(-0.0001234), "-0.000123")
    }

    func testScientificCarriesRoundedMantissa() {
        XCTAssertEqual(NumberFormatting.scientific(9.9996e-5, significant: 3), "1e-4")
        XCTAssertEqual(NumberFormatting.scientific(1.5e-5), "1.5e-5")
    }

    func testDecimalExponentAtPowersOfTen() {
        for e in -8...12 {
            XCTAssertEqual(PlotMath.decimalExponent(PlotMath.pow10(e)), e, "10^\(e)")
        }
        XCTAssertEqual(PlotMath.decimalExponent(999.999), 2)
    }

    func testXMLEscaping() {
        XCTAssertEqual(XMLEscaping.escape("<script>alert('x') & \"y\"</script>"),
                       "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
        XCTAssertEqual(XMLEscaping.escape("a\u{1}b"), "ab")
    }
}
