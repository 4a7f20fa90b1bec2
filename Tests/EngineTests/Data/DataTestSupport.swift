import Engine
import Foundation
import XCTest

/// Writes fixture text or bytes into a scratch directory and cleans up afterwards.
final class DataScratch {
    let directory: String

    init() throws { directory = try TestPaths.scratchDirectory() }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    /// Writes `text` to `name` in the scratch directory and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
        try bytes(name, Array(text.utf8))
    }

    /// Writes raw bytes to `name` and returns its path.
    func bytes(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = directory + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A path in the scratch directory (the file need not exist).
    func path(_ name: String) -> String { directory + "/" + name }
}

/// Asserts that `body` throws an error whose description is exactly `expected`.
func assertThrowsDescription<T>(_ expected: String, file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> T) {
    XCTAssertThrowsError(try body(), file: file, line: line) { error in
        XCTAssertEqual("\(error)", expected, file: file, line: line)
    }
}
