import Notebook
import Plot
import XCTest

final class TerminalAndHighlighterTests: XCTestCase {
    func testTerminalRendering() throws {
        let executor = FakeExecutor()
        executor.scripted["plot"] = CellResult(outputs: [
            .plot(PlotSpec(series: [PlotSeries(name: "loss", ys: [2, 1, 0.5])], title: "Loss")),
            .table(header: ["metric", "last"], rows: [["loss", "0.5"]]),
            .svg("<svg/>"),
        ])
        let text = "```alinea\nprint hello\n```\n```alinea\nlet x = 1\n```\n```alinea\nplot\n```\n```alinea {expect-error}\nfail\n```\n```alinea\nfail\n```\n```alinea\nprint never\n```\n"
        let document = try NotebookDocument.parse(text, file: "nb.md")
        let run = NotebookRunner(executor: executor).run(document)
        XCTAssertEqual(TerminalRenderer().render(run), """
        ── cell 1 (nb.md:1) ──
        hello
        ── cell 3 (nb.md:7) ──
        Loss
        loss █▃▁ min 0.5 max 2 last 0.5
        metric  last
        ------  ----
        loss    0.5
        [diagram: render with --html or --md to see it]
        ── cell 4 (nb.md:10) ──
        (expected error)
        before
        nb.md:11:1: error: boom
        ── cell 5 (nb.md:13) ──
        before
        nb.md:14:1: error: boom
        stopped at cell 5 (nb.md:13) after an unexpected error; 1 cell not run

        """)
    }

    func testTerminalSummaryForKeepGoing() throws {
        let document = try NotebookDocument.parse("```alinea\nfail\n```\n```alinea\nfail\n```\n", file: "nb.md")
        let run = NotebookRunner(executor: FakeExecutor(), options: NotebookRunOptions(keepGoing: true)).run(document)
        XCTAssertEqual(TerminalRenderer().summary(run), "2 unexpected errors")
    }

    func testHighlighterHandlesInterpolationAndUnclosedStrings() {
        XCTAssertEqual(AlineaHighlighter.highlight("\"a {f(\"}\")} b\" x"),
                       "<span class=\"hl-str\">&quot;a {f(&quot;}&quot;)} b&quot;</span> x")
        XCTAssertEqual(AlineaHighlighter.highlight("'open\nlet"), "<span class=\"hl-str\">&#39;open</span>\n<span class=\"hl-kw\">let</span>")
        XCTAssertEqual(AlineaHighlighter.highlight("1e-3 + x2 < 3"),
                       "<span class=\"hl-num\">1e-3</span> + x2 &lt; <span class=\"hl-num\">3</span>")
        XCTAssertEqual(AlineaHighlighter.highlight("no_grad { }"), "<span class=\"hl-kw\">no_grad</span> { }")
    }
}
