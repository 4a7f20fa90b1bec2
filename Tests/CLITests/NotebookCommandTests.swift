import Foundation
import XCTest

/// `alinea run nb.md`: terminal output, `--md`/`--html` files, error policy and exit statuses.
final class NotebookCommandTests: XCTestCase {
    /// A notebook exercising values, prints, an expected error, parameters and a relative import.
    static let notebook = """
        # Sample

        Prose with <b>markup</b>.

        ```alinea
        import "helpers.aln"
        let x = double(21)
        print("x = {x}")
        x
        ```

        ```alinea {expect-error}
        let y = missing_name + 1
        ```

        ```alinea
        print(params.get("lr", 0.1))
        "<script>alert(1)</script>"
        ```

        """

    private func makeWorkspace(_ notebook: String = NotebookCommandTests.notebook) throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write("notebooks/nb.md", notebook)
        try workspace.write("notebooks/helpers.aln", "fn double(v) { 2 * v }\n")
        return workspace
    }

    func testPrintsCellOutputsToTheTerminal() throws {
        let workspace = try makeWorkspace()
        let result = try AlineaProcess.run(["run", "notebooks/nb.md", "-p", "lr=0.25"], directory: workspace.path)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("── cell 1 (notebooks/nb.md:5) ──\nx = 42\n42\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("notebooks/nb.md:13:9: error: undefined variable 'missing_name'"), result.stdout)
        XCTAssertTrue(result.stdout.contains("0.25\n"), result.stdout)
    }

    func testRendersDeterministicMarkdownAndHTML() throws {
        let workspace = try makeWorkspace()
        var copies: [(Data?, Data?)] = []
        for run in ["a", "b"] {
            let result = try AlineaProcess.run(["run", "notebooks/nb.md", "--md", "\(run)/out.md", "--html", "\(run)/out.html"],
                                               directory: workspace.path)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stdout, "", "rendering to files prints nothing")
            copies.append((workspace.bytes("\(run)/out.md"), workspace.bytes("\(run)/out.html")))
        }
        XCTAssertNotNil(copies[0].0)
        XCTAssertNotNil(copies[0].1)
        XCTAssertEqual(copies[0].0, copies[1].0, "Markdown differs between runs")
        XCTAssertEqual(copies[0].1, copies[1].1, "HTML differs between runs")
        let markdown = workspace.read("a/out.md") ?? ""
        XCTAssertTrue(markdown.contains("<!-- alinea:output -->\n```text\nx = 42\n42\n```"), markdown)
        let html = workspace.read("a/out.html") ?? ""
        XCTAssertFalse(html.contains("<script>alert"), "outputs must be escaped")
        XCTAssertTrue(html.contains("&lt;script&gt;alert"))
        XCTAssertFalse(html.contains(workspace.path), "no absolute paths in the output")
    }

    func testStopsAtTheFirstUnexpectedErrorUnlessKeepGoing() throws {
        let workspace = try makeWorkspace("""
            ```alinea
            print("one")
            ```

            ```alinea
            print(nope)
            ```

            ```alinea
            print("three")
            ```

            """)
        let stopped = try AlineaProcess.run(["run", "notebooks/nb.md", "--md", "out.md"], directory: workspace.path)
        XCTAssertEqual(stopped.status, 1)
        XCTAssertTrue(stopped.stderr.contains("notebooks/nb.md:6:7: error: undefined variable 'nope'"), stopped.stderr)
        XCTAssertTrue(stopped.stderr.contains("1 cell not run"), stopped.stderr)
        let partial = workspace.read("out.md") ?? ""
        XCTAssertTrue(partial.contains("one"), "what ran is still written")
        XCTAssertFalse(partial.contains("```text\nthree"), partial)

        let kept = try AlineaProcess.run(["run", "notebooks/nb.md", "--keep-going"], directory: workspace.path)
        XCTAssertEqual(kept.status, 1, "an unexpected error still fails the run")
        XCTAssertTrue(kept.stdout.contains("three"), kept.stdout)
    }

    func testUnexpectedSuccessAndTimeoutFail() throws {
        let workspace = try makeWorkspace("""
            ```alinea {expect-error}
            1 + 1
            ```

            ```alinea {timeout=0.5}
            while true { }
            ```

            """)
        let result = try AlineaProcess.run(["run", "notebooks/nb.md", "--keep-going"], directory: workspace.path)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("was expected to fail but succeeded"), result.stdout)
        XCTAssertTrue(result.stdout.contains("notebooks/nb.md:6:1: error: cell timed out after 0.5 s"), result.stdout)
    }

    func testMalformedNotebookAndBadParameters() throws {
        let workspace = try makeWorkspace("```alinea {hdie}\n1\n```\n")
        let malformed = try AlineaProcess.run(["run", "notebooks/nb.md"], directory: workspace.path)
        XCTAssertEqual(malformed.status, 1)
        XCTAssertTrue(malformed.stderr.contains("notebooks/nb.md:1:"), malformed.stderr)
        let badParameter = try AlineaProcess.run(["run", "notebooks/nb.md", "-p", "1x=2"], directory: workspace.path)
        XCTAssertEqual(badParameter.status, 2, badParameter.stderr)
    }
}
