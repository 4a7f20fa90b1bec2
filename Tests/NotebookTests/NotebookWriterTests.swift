import Foundation
import Notebook
import Plot
import XCTest

final class NotebookWriterTests: XCTestCase {
    let writer = NotebookMarkdownWriter(baseName: "out.md")

    func testOutputBlockFormat() throws {
        let document = try NotebookDocument.parse("# T\n\n```alinea\nprint hi\n```\n\nEnd.\n", file: "nb.md")
        let md = writer.write(document, outputs: [0: [.text("hi\n"), .value("42")]])
        XCTAssertEqual(md.text, """
        # T

        ```alinea
        print hi
        ```
        <!-- alinea:output -->
        ```text
        hi
        42
        ```
        <!-- /alinea:output -->

        End.

        """)
        XCTAssertEqual(md.sideFiles, [])
    }

    func testRewriteIsStableAndReplacesOldOutputs() throws {
        for original in NotebookReaderTests.tricky where !original.isEmpty {
            let document = try NotebookDocument.parse(original, file: "nb.md")
            guard !document.cells.isEmpty else { continue }
            let outputs = Dictionary(uniqueKeysWithValues: document.cells.map { ($0.index, [CellOutput.text("run 1\n")]) })
            let first = writer.write(document, outputs: outputs).text
            let reread = try NotebookDocument.parse(first, file: "nb.md")
            XCTAssertEqual(reread.text, original, "reading a copy drops its outputs")
            XCTAssertEqual(writer.write(reread, outputs: outputs).text, first, "write(read(write(x))) is stable")
            let newOutputs = outputs.mapValues { _ in [CellOutput.text("run 2\n")] }
            let second = writer.write(reread, outputs: newOutputs).text
            XCTAssertFalse(second.contains("run 1"))
            XCTAssertEqual(second, first.replacingOccurrences(of: "run 1", with: "run 2"))
        }
    }

    func testCRLFNotebookGetsCRLFOutputBlocks() throws {
        let document = try NotebookDocument.parse(NotebookReaderTests.tricky[6], file: "nb.md")
        let text = writer.write(document, outputs: [0: [.text("x\n")]]).text
        XCTAssertTrue(text.contains("```\r\n<!-- alinea:output -->\r\n```text\r\nx\r\n```\r\n<!-- /alinea:output -->\r\ntail\r\n"))
        XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    func testNoTrailingNewlineIsKept() throws {
        let document = try NotebookDocument.parse("```alinea\nx\n```", file: "nb.md")
        let text = writer.write(document, outputs: [0: [.value("1")]]).text
        XCTAssertEqual(text, "```alinea\nx\n```\n<!-- alinea:output -->\n```text\n1\n```\n<!-- /alinea:output -->")
        XCTAssertEqual(try NotebookDocument.parse(text, file: "nb.md").text, "```alinea\nx\n```")
    }

    func testPlotsAndDiagramsBecomeSideFiles() throws {
        let document = try NotebookDocument.parse("```alinea\na\n```\n\n```alinea\nb\n```\n", file: "nb.md")
        let spec = PlotSpec(series: [PlotSeries(name: "loss", ys: [3, 2, 1])], title: "Loss [train]")
        let md = writer.write(document, outputs: [1: [.plot(spec), .svg("<?xml version=\"1.0\"?>\n<svg></svg>")]])
        XCTAssertEqual(md.sideFiles.map(\.name), ["out-cell2-1.svg", "out-cell2-2.svg"])
        XCTAssertEqual(md.sideFiles.first?.contents, SVGPlotRenderer(idPrefix: "out-cell2-1").render(spec))
        XCTAssertTrue(md.text.contains("""
        <!-- alinea:output -->
        ```text
        Loss [train]
        loss █▅▁ min 1 max 3 last 1
        ```

        ![Loss \\[train\\]](out-cell2-1.svg)

        ![diagram](out-cell2-2.svg)

        <!-- /alinea:output -->
        """), md.text)
    }

    func testTablesAndErrorsAndLongBacktickRuns() throws {
        let document = try NotebookDocument.parse("```alinea\nx\n```\n", file: "nb.md")
        let md = writer.write(document, outputs: [0: [
            .table(header: ["name", "value"], rows: [["<script>alert(1)</script>", "a|b"], ["__init__"]]),
            .text("````\n"),
            .error("nb.md:2:1: error: bad"),
        ]])
        XCTAssertTrue(md.text.contains("""
        | name | value |
        | --- | --- |
        | &lt;script&gt;alert(1)&lt;/script&gt; | a\\|b |
        | \\_\\_init\\_\\_ |  |

        `````text
        ````
        `````

        ```text
        nb.md:2:1: error: bad
        ```
        <!-- /alinea:output -->
        """), md.text)
        XCTAssertEqual(try NotebookDocument.parse(md.text, file: "nb.md").text, "```alinea\nx\n```\n")
    }

    func testWriteRunUsesVisibleOutputsOnly() throws {
        let document = try NotebookDocument.parse("```alinea {no-output}\nprint secret\n```\n```alinea\nprint shown\n```\n", file: "nb.md")
        let run = NotebookRunner(executor: FakeExecutor()).run(document)
        let text = NotebookMarkdownWriter(baseName: "out").write(run).text
        XCTAssertFalse(text.contains("secret\n```\n<!--"))
        XCTAssertTrue(text.contains("```text\nshown\n```"))
        XCTAssertEqual(text, NotebookMarkdownWriter(baseName: "out").write(run).text)
    }
}
