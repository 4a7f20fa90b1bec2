@testable import Engine
import Foundation
import XCTest

final class TextFileTests: XCTestCase {
    func testRoundTripAndStrictDecoding() throws {
        let s = try DataScratch()
        let path = s.path("t.txt")
        let text = "héllo\r\nwörld 👋🏽 e\u{301}\n"
        try TextFile.save(text, to: path)
        XCTAssertEqual(try TextFile.load(path), text)
        let bad = try s.bytes("bad.txt", Array("ok\nfine\nbro".utf8) + [0xC3, 0x28] + [0x0A])
        assertThrowsDescription("\(bad):3: invalid UTF-8 (byte 0xC3 at column 4)") { try TextFile.load(bad) }
        assertThrowsDescription("\(s.path("missing.txt")): no such file") { try TextFile.load(s.path("missing.txt")) }
    }

    func testAtomicWriteKeepsOldFileWhenWritingFails() throws {
        let s = try DataScratch()
        let path = try s.file("keep.txt", "precious")
        struct Boom: Error {}
        XCTAssertThrowsError(try AtomicFile.write(to: path) { handle in
            try handle.write(contentsOf: Data("half-writ".utf8))
            throw Boom()
        }) { XCTAssertTrue($0 is Boom) }
        XCTAssertEqual(try TextFile.load(path), "precious")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: s.directory), ["keep.txt"], "no temporary file left behind")
    }

    func testWriteIntoMissingDirectoryOrOverDirectoryFails() throws {
        let s = try DataScratch()
        assertThrowsDescription("\(s.path("no/such/dir.txt")): cannot write: directory \(s.path("no/such")) does not exist") {
            try TextFile.save("x", to: s.path("no/such/dir.txt"))
        }
        try FileManager.default.createDirectory(atPath: s.path("sub"), withIntermediateDirectories: false)
        assertThrowsDescription("\(s.path("sub")): is a directory, not a file") { try TextFile.save("x", to: s.path("sub")) }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: s.directory), ["sub"])
    }
}
