import Foundation
import XCTest

/// `alinea -e`, `--version`, `--help`, `run` on scripts, `graph`, and the exit statuses.
final class CommandLineTests: XCTestCase {
    func testExpressionPrintsItsValue() throws {
        let result = try AlineaProcess.run(["-e", "let x = 20\nx * 2 + 2"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "42\n")
        XCTAssertEqual(result.stderr, "")
    }

    func testExpressionEndingWithSemicolonPrintsNothing() throws {
        let result = try AlineaProcess.run(["-e", "print(\"hi\"); 1 + 1;"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "hi\n")
    }

    func testExpressionErrorExitsOneWithLocation() throws {
        let result = try AlineaProcess.run(["-e", "1 + nope"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("<-e>:1:5: error: undefined variable 'nope'"), result.stderr)
        XCTAssertFalse(result.stderr.contains("\u{1B}["), "no colour when stderr is not a terminal")
    }

    func testVersionAndHelp() throws {
        let version = try AlineaProcess.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.hasPrefix("alinea "), version.stdout)
        let help = try AlineaProcess.run(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("alinea run FILE"), help.stdout)
        let runHelp = try AlineaProcess.run(["run", "--help"])
        XCTAssertEqual(runHelp.status, 0)
        XCTAssertTrue(runHelp.stdout.contains("--keep-going"), runHelp.stdout)
    }

    func testUsageErrorsExitTwo() throws {
        let workspace = try Workspace()
        try workspace.write("ok.aln", "print(1)\n")
        let cases: [[String]] = [
            ["--bogus"],
            ["run"],
            ["run", "missing.aln"],
            ["run", "ok.aln", "--html", "out.html"],
            ["run", "ok.aln", "-p", "no-equals"],
            ["graph", "ok.aln"],
            ["frobnicate"],
        ]
        for arguments in cases {
            let result = try AlineaProcess.run(arguments, directory: workspace.path)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            XCTAssertFalse(result.stderr.isEmpty, "\(arguments) should explain itself")
        }
    }

    func testScriptErrorReportsLocationCaretAndTraceback() throws {
        let workspace = try Workspace()
        try workspace.write("scripts/bad.aln", """
            fn inner(v) {
                v + [1]
            }
            fn outer(v) { inner(v) }
            print("before")
            outer(1)

            """)
        let result = try AlineaProcess.run(["run", "scripts/bad.aln"], directory: workspace.path)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "before\n")
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertTrue(lines.first?.hasPrefix("scripts/bad.aln:2:5: error:") ?? false, result.stderr)
        XCTAssertEqual(lines.dropFirst().first, "        v + [1]")
        XCTAssertEqual(lines.dropFirst(2).first?.trimmingCharacters(in: .whitespaces).first, "^")
        XCTAssertTrue(result.stderr.contains("traceback"), result.stderr)
        XCTAssertTrue(result.stderr.contains("scripts/bad.aln:6 in <script>"), result.stderr)
    }

    func testScriptArgumentsAndParameters() throws {
        let workspace = try Workspace()
        try workspace.write("args.aln", "print(args)\nprint(params)\n")
        let result = try AlineaProcess.run(["run", "args.aln", "-p", "lr=0.5", "-p", "name=x", "--", "a", "--b"],
                                           directory: workspace.path)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "[\"a\", \"--b\"]\n{\"lr\": 0.5, \"name\": \"x\"}\n")
    }

    func testScriptImportsRelativeToItsOwnDirectory() throws {
        let workspace = try Workspace()
        try workspace.write("project/lib.aln", "fn triple(v) { 3 * v }\n")
        try workspace.write("project/main.aln", "import \"lib.aln\"\nprint(triple(14))\n")
        try FileManager.default.createDirectory(atPath: workspace.directory.file("elsewhere"),
                                                withIntermediateDirectories: true)
        let result = try AlineaProcess.run(["run", "../project/main.aln"],
                                           directory: workspace.directory.file("elsewhere"))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "42\n")
    }

    func testCtrlCStopsABatchRunWithStatus130() throws {
        let workspace = try Workspace()
        try workspace.write("loop.aln", "let i = 0\nwhile true { i = i + 1 }\n")
        let result = try AlineaProcess.run(["run", "loop.aln"], directory: workspace.path, timeout: 20, interrupt: true)
        XCTAssertEqual(result.status, 130, result.stderr)
        XCTAssertTrue(result.stderr.contains("loop.aln:2:1: error: interrupted"), result.stderr)
    }

    func testGraphCommandWritesTheGraphOfANamedTensor() throws {
        let workspace = try Workspace()
        try workspace.write("g.aln", """
            let w = tensor([1, 2, 3], requires_grad = true)
            let loss = (w * w).sum()
            let n = 3

            """)
        let result = try AlineaProcess.run(["graph", "g.aln", "--value", "loss", "-o", "out/loss.svg"],
                                           directory: workspace.path)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(workspace.read("out/loss.svg")?.contains("<svg") ?? false)
        let dot = try AlineaProcess.run(["graph", "g.aln", "--value", "loss", "-o", "loss.dot"], directory: workspace.path)
        XCTAssertEqual(dot.status, 0, dot.stderr)
        XCTAssertTrue(workspace.read("loss.dot")?.contains("digraph") ?? false)
        let missing = try AlineaProcess.run(["graph", "g.aln", "--value", "los"], directory: workspace.path)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("did you mean 'loss'?"), missing.stderr)
        let notTensor = try AlineaProcess.run(["graph", "g.aln", "--value", "n"], directory: workspace.path)
        XCTAssertEqual(notTensor.status, 1)
        XCTAssertTrue(notTensor.stderr.contains("not a tensor"), notTensor.stderr)
    }
}
