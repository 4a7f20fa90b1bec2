import GraphExport
import XCTest

final class GraphFormatTests: XCTestCase {
    func testExtensions() throws {
        XCTAssertEqual(GraphFormat(fileExtension: "SVG"), .svg)
        XCTAssertEqual(GraphFormat(fileExtension: ".gv"), .dot)
        XCTAssertNil(GraphFormat(fileExtension: "jpg"))
        XCTAssertEqual(try GraphFormat.forPath("out/loss.graph.pdf"), .pdf)
        XCTAssertThrowsError(try GraphFormat.forPath("dir.svg/loss"))
    }
}
