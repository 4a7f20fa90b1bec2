import Foundation
import XCTest

/// Compares text with a committed file under `Snapshots/`; `ALINEA_RECORD_SNAPSHOTS=1` re-records.
enum SnapshotAssertion {
    /// The committed snapshot directory, found next to this source file.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    /// Fails when `text` differs from `Snapshots/<name>`; records the file when asked or when missing.
    static func assertMatches(_ text: String, named name: String,
                              file: StaticString = #filePath, line: UInt = #line) {
        let url = directory.appendingPathComponent(name)
        let recording = ProcessInfo.processInfo.environment["ALINEA_RECORD_SNAPSHOTS"] == "1"
        guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .atomic)
            } catch {
                XCTFail("could not record snapshot \(name): \(error)", file: file, line: line)
                return
            }
            if !recording { XCTFail("recorded missing snapshot \(name); run again", file: file, line: line) }
            return
        }
        if text != expected {
            XCTFail("\(name) differs from its snapshot (ALINEA_RECORD_SNAPSHOTS=1 re-records):\n\(text)",
                    file: file, line: line)
        }
    }
}
