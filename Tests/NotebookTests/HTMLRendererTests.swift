@testable import Notebook
import Plot
import XCTest

final class HTMLRendererTests: XCTestCase {
    static let evil = "<script>alert(1)</script>"

    func run(_ text: String, _ executor: FakeExecutor = FakeExecutor(), keepGoing: Bool = false) throws -> NotebookRun {
        let document = try NotebookDocument.parse(text, file: "notebooks/demo.md")
        return NotebookRunner(executor: executor, options: NotebookRunOptions(keepGoing: keepGoing)).run(document)
    }

    func testEverythingFromCodeOutputAndDataIsEscaped() throws {
        let executor = FakeExecutor()
        let code = "let s = \"\(Self.evil)\" # \(Self.evil)"
        let spec = PlotSpec(series: [PlotSeries(name: Self.evil, ys: [1, 2]), PlotSeries(name: "b", ys: [1, 3])],
                            title: Self.evil, xLabel: Self.evil, yLabel: Self.evil)
        executor.scripted[code] = CellResult(outputs: [
            .text(Self.evil + "\n"), .value(Self.evil), .table(header: [Self.evil], rows: [[Self.evil, "1.5"]]),
            .plot(spec), .error(Self.evil),
        ], failed: false)
        executor.scripted["bad svg"] = CellResult(outputs: [.svg("<svg onload=\"alert(1)\"></svg>"), .svg("<svg><script>x</script></svg>")])
        let html = HTMLRenderer().render(try run("```alinea\n\(code)\n```\n```alinea\nbad svg\n```\n```python\n\(Self.evil)\n```\n", executor))
        XCTAssertFalse(html.lowercased().contains("<script"), html)
        XCTAssertFalse(html.contains("<svg onload"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(html.contains("<td class=\"num\">1.5</td>"))
    }

    func testProseIsMarkdownAndCodeIsHighlighted() throws {
        let html = HTMLRenderer().render(try run("# Tour\n\nSome *emphasis*.\n\n```alinea\nlet x = 1.5 # one\nprint(\"hi\")\n```\n"))
        XCTAssertTrue(html.contains("<title>Tour</title>"))
        XCTAssertTrue(html.contains("<h1>Tour</h1>"))
        XCTAssertTrue(html.contains("<em>emphasis</em>"))
        XCTAssertTrue(html.contains("<span class=\"hl-kw\">let</span> x = <span class=\"hl-num\">1.5</span> <span class=\"hl-com\"># one</span>"))
        XCTAssertTrue(html.contains("<span class=\"hl-fn\">print</span>(<span class=\"hl-str\">&quot;hi&quot;</span>)"))
    }

    func testPageIsSelfContained() throws {
        let spec = PlotSpec(ys: [1, 2, 3])
        let executor = FakeExecutor()
        executor.scripted["p"] = CellResult(outputs: [.plot(spec), .svg("<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg width=\"10\"><g/></svg>\n")])
        let html = HTMLRenderer().render(try run("```alinea\np\n```\n", executor))
        for forbidden in ["<script", "<link", "@import", "url(http", "src=\"http", "<?xml", "<!DOCTYPE svg"] {
            XCTAssertFalse(html.contains(forbidden), forbidden)
        }
        XCTAssertTrue(html.contains("<figure class=\"output plot\">\n<svg xmlns="))
        XCTAssertTrue(html.contains("<figure class=\"output graph\">\n<svg width=\"10\"><g/></svg>\n</figure>"))
        XCTAssertTrue(html.contains("clipPath id=\"cell1-plot1-clip\""))
    }

    func testRenderingIsDeterministic() throws {
        let text = "# T\n\n```alinea\nprint a\n```\n```alinea\nfail\n```\n"
        XCTAssertEqual(HTMLRenderer().render(try run(text)), HTMLRenderer().render(try run(text)))
        let md1 = NotebookMarkdownWriter(baseName: "out").write(try run(text))
        let md2 = NotebookMarkdownWriter(baseName: "out").write(try run(text))
        XCTAssertEqual(md1, md2)
    }

    func testTimingsOnlyWhenAsked() throws {
        let text = "```alinea\nprint a\n```\n"
        XCTAssertFalse(HTMLRenderer().render(try run(text)).contains("class=\"timing\""))
        XCTAssertTrue(HTMLRenderer(timings: true).render(try run(text)).contains("class=\"timing\""))
    }

    func testHiddenCellsErrorsAndSkippedCells() throws {
        let text = "```alinea {hide}\nprint secret code\n```\n```alinea {hide}\nlet quiet = 1\n```\n```alinea\nfail\n```\n```alinea\nprint never\n```\n"
        let html = HTMLRenderer().render(try run(text))
        XCTAssertFalse(html.contains("print secret"), "hidden code is omitted")
        XCTAssertTrue(html.contains("secret code"), "but its output is shown")
        XCTAssertFalse(html.contains("quiet"), "a hidden cell with no output renders nothing")
        XCTAssertTrue(html.contains("<section class=\"cell failed\" id=\"cell-3\" data-line=\"7\">"))
        XCTAssertTrue(html.contains("<div class=\"output error\" role=\"alert\"><pre>notebooks/demo.md:8:1: error: boom</pre></div>"))
        XCTAssertTrue(html.contains("<section class=\"cell not-run\" id=\"cell-4\""))
        XCTAssertTrue(html.contains("<footer class=\"summary failed\">stopped at cell 3 (notebooks/demo.md:7) after an unexpected error; 1 cell not run</footer>"))
    }

    func testTitleFallsBackToFrontMatterThenFileName() throws {
        XCTAssertTrue(HTMLRenderer().render(try run("---\ntitle: From <front> matter\n---\n\nText\n")).contains("<title>From &lt;front&gt; matter</title>"))
        XCTAssertTrue(HTMLRenderer().render(try run("no heading\n")).contains("<title>demo</title>"))
        XCTAssertTrue(HTMLRenderer(title: "Given").render(try run("# H\n")).contains("<title>Given</title>"))
    }

    func testLaterProseStartingWithRuleIsNotFrontMatter() throws {
        let html = HTMLRenderer().render(try run("Intro\n```alinea\nprint a\n```\n---\n\nkey: value\n\n---\nEnd\n"))
        XCTAssertTrue(html.contains("key: value"))
        XCTAssertTrue(html.contains("End"))
    }

    func testLineStartingWithInlineCodeContinuesTheParagraph() {
        let (html, _) = HTMLRenderer.prose("first line of a paragraph\n`code` continues it\n\n`alone` starts one", first: false)
        XCTAssertTrue(html.contains("<p>first line of a paragraph <code>code</code> continues it</p>"), html)
        XCTAssertTrue(html.contains("<p><code>alone</code> starts one</p>"), html)
    }
}
