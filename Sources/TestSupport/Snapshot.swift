import Foundation
import XCTest

/// Compares text with a committed file in the `Snapshots/` folder beside the calling test file,
/// found through the caller's `#filePath` so it works from any working directory. `ALINEA_RECORD_SNAPSHOTS=1` rewrites the
/// files; a missing file is recorded and the test fails so it is noticed and committed.
public enum Snapshot {
    /// Fails when `text` differs from `Snapshots/<name>` next to the caller; records it when asked or missing.
    public static func assertMatches(_ text: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        let directory = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Snapshots")
        let url = directory.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["ALINEA_RECORD_SNAPSHOTS"] == "1"
        let existing = try? String(contentsOf: url, encoding: .utf8)
        if record || existing == nil {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                XCTFail("could not record snapshot \(name): \(error)", file: file, line: line)
            }
            if existing == nil, !record {
                XCTFail("recorded missing snapshot \(name); check it and commit it", file: file, line: line)
            }
            return
        }
        if existing != text {
            let a = existing?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
            let b = text.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDiff = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            let expectedLine = firstDiff < a.count ? String(a[firstDiff]) : "<end>"
            let actualLine = firstDiff < b.count ? String(b[firstDiff]) : "<end>"
            XCTFail("snapshot \(name) differs at line \(firstDiff + 1):\n expected: \(expectedLine)\n actual:   \(actualLine)\n"
                + "(re-record with ALINEA_RECORD_SNAPSHOTS=1 if the change is intended)", file: file, line: line)
        }
    }
}
