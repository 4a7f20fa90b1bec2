import Foundation
import XCTest
@testable import Lang

/// Runs every `Scripts/**/*.aln` file (as in Crafting Interpreters' test suite) and checks:
/// - `# expect: text` lines: the program's output lines, exactly and in order;
/// - `# expect error: text`: some diagnostic's header (`file:line:col: error: message`), hint or
///   traceback line contains `text`; the run must fail;
/// - `# expect errors: N`: exactly N diagnostics.
/// Paths with a component starting with `_` are helpers for imports, not tests.
final class ScriptCorpusTests: XCTestCase {
    static let scriptsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Scripts")

    struct Expectations {
        var output: [String] = []
        var errors: [String] = []
        var errorCount: Int?
    }

    static func expectations(in text: String) -> Expectations {
        var e = Expectations()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let r = line.range(of: "# expect: ") {
                e.output.append(String(line[r.upperBound...]))
            } else if line.hasSuffix("# expect:") {
                e.output.append("")
            } else if let r = line.range(of: "# expect error: ") {
                e.errors.append(String(line[r.upperBound...]))
            } else if let r = line.range(of: "# expect errors: ") {
                e.errorCount = Int(line[r.upperBound...].trimmingCharacters(in: .whitespaces))
            }
        }
        return e
    }

    /// What `# expect error:` matches: everything about a diagnostic except the quoted source.
    static func matchableText(_ d: Diagnostic) -> String {
        var lines = [d.range.map { "\($0.file.name):\($0.startLocation): \(d.severity.rawValue): \(d.message)" }
            ?? "\(d.severity.rawValue): \(d.message)"]
        if let hint = d.hint { lines.append("hint: \(hint)") }
        for f in d.traceback {
            lines.append(f.range.map { "\($0.file.name):\($0.line) in \(f.function)" } ?? "in \(f.function)")
        }
        return lines.joined(separator: "\n")
    }

    func scriptFiles() -> [URL] {
        let root = Self.scriptsDirectory
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "aln" }
            .filter { !$0.path.dropFirst(root.path.count).split(separator: "/").contains { $0.hasPrefix("_") } }
            .sorted { $0.path < $1.path }
    }

    func testScriptCorpus() throws {
        let files = scriptFiles()
        XCTAssertGreaterThan(files.count, 30, "scripts not found under \(Self.scriptsDirectory.path)")
        for url in files {
            let bytes = try [UInt8](Data(contentsOf: url))
            let expected = Self.expectations(in: String(decoding: bytes, as: UTF8.self))
            var out = ""
            let session = Session(output: { out += $0 })
            let result = session.run(SourceFile(name: url.lastPathComponent, bytes: bytes, path: url.path))
            let name = url.path.dropFirst(Self.scriptsDirectory.path.count + 1)
            var lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            if lines != expected.output {
                XCTFail("\(name): output differs\n--- expected\n\(expected.output.joined(separator: "\n"))\n"
                        + "--- actual\n\(lines.joined(separator: "\n"))")
            }
            let rendered = DiagnosticRenderer().render(result.diagnostics)
            if expected.errors.isEmpty {
                if !result.succeeded { XCTFail("\(name): unexpected error\n\(rendered)") }
                continue
            }
            if result.succeeded { XCTFail("\(name): expected an error") }
            let texts = result.diagnostics.map(Self.matchableText)
            for e in expected.errors where !texts.contains(where: { $0.contains(e) }) {
                XCTFail("\(name): no diagnostic contains '\(e)'\n\(rendered)")
            }
            if let n = expected.errorCount, n != result.diagnostics.count {
                XCTFail("\(name): expected \(n) diagnostics, got \(result.diagnostics.count)\n\(rendered)")
            }
        }
    }
}
