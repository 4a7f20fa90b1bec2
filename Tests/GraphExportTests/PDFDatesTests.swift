@testable import GraphExport
import XCTest

final class PDFDatesTests: XCTestCase {
    func testDatesArePinnedWithoutChangingLength() {
        let pdf = Array("<< /CreationDate (D:20261122183716Z) /ModDate (D:20250101120000+01'00') >>".utf8)
        let pinned = PDFDates.pinned(pdf)
        XCTAssertEqual(pinned.count, pdf.count)
        XCTAssertEqual(String(decoding: pinned, as: UTF8.self),
                       "<< /CreationDate (D:19700101000000Z) /ModDate (D:19700101000000+00'00') >>")
    }
}
