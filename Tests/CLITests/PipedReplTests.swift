import Foundation
import XCTest

/// `alinea` with standard input from a pipe: no prompts, no escape codes, no history.
final class PipedReplTests: XCTestCase {
    func testPrintsValuesAndRunsMultiLineInput() throws {
        let input = """
            print(1 + 1)
            fn square(v) {
                v * v
            }
            square(7)
            _ + 1
            square(2);
            let xs = [
                1,
                2]
            xs

            """
        let result = try AlineaProcess.run([], stdin: input)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "2\n49\n50\n[1, 2]\n")
        XCTAssertEqual(result.stderr, "")
    }

    func testErrorsAreReportedWithStdinLinesAndTheRunContinues() throws {
        let input = "let a = 1\nprint(a + nope)\nprint(\"still here\")\n"
        let result = try AlineaProcess.run([], stdin: input)
        XCTAssertEqual(result.status, 1, "any failed input makes the exit status 1")
        XCTAssertEqual(result.stdout, "still here\n")
        XCTAssertTrue(result.stderr.contains("<stdin>:2:11: error: undefined variable 'nope'"), result.stderr)
    }

    func testUnfinishedInputAtTheEndIsAnError() throws {
        let result = try AlineaProcess.run([], stdin: "fn f() {\n  1\n")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("<stdin>:"), result.stderr)
    }

    func testCommands() throws {
        let workspace = try Workspace()
        try workspace.write("lib.aln", "let loaded = 5\n")
        let input = """
            fn add(a, b = 2) { a + b }
            let t = tensor([1, 2], requires_grad = true)
            :who
            ?len
            ??add
            :load lib.aln
            loaded
            :time add(1)
            :graph (t * t).sum() g.svg
            :help
            :bogus
            :quit
            print("not reached")

            """
        let result = try AlineaProcess.run([], stdin: input, directory: workspace.path)
        XCTAssertTrue(result.stdout.contains("add  fn add(a, b = ...)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("t    tensor [2]"), result.stdout)
        XCTAssertTrue(result.stdout.contains("len("), result.stdout)
        XCTAssertTrue(result.stdout.contains("fn add(a, b = 2) { a + b }"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\n5\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("time: "), result.stdout)
        XCTAssertTrue(result.stdout.contains("wrote the graph to g.svg"), result.stdout)
        XCTAssertTrue(workspace.read("g.svg")?.contains("<svg") ?? false)
        XCTAssertTrue(result.stdout.contains(":graph expr [file]"), result.stdout)
        XCTAssertFalse(result.stdout.contains("not reached"))
        XCTAssertTrue(result.stderr.contains("unknown command ':bogus'"), result.stderr)
        XCTAssertEqual(result.status, 1, "the unknown command counts as a failed input")
    }

    func testNoHistoryIsWrittenFromAPipe() throws {
        let workspace = try Workspace()
        let result = try AlineaProcess.run([], stdin: "1\n", environment: ["HOME": workspace.path])
        XCTAssertEqual(result.stdout, "1\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.directory.file(".alinea_history")))
    }
}
