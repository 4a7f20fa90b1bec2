import Notebook
import TestSupport
import XCTest

final class SnapshotTests: XCTestCase {
    func testHTMLSnapshot() throws {
        Snapshot.assertMatches(HTMLRenderer().render(try SampleNotebook.run()), named: "tour.html")
    }

    func testMarkdownSnapshot() throws {
        let md = NotebookMarkdownWriter(baseName: "tour.out.md").write(try SampleNotebook.run())
        Snapshot.assertMatches(md.text, named: "tour.out.md")
        XCTAssertEqual(md.sideFiles.map(\.name), ["tour.out-cell2-1.svg", "tour.out-cell3-1.svg"])
        // The copy reads back as the original notebook.
        let reread = try NotebookDocument.parse(md.text, file: "notebooks/tour.md")
        XCTAssertEqual(reread.text, SampleNotebook.text)
        // Running the copy itself: locations are lines of the file run, which now holds output
        // blocks, so the error's line moves once; after that the copy is a fixed point.
        let writer = NotebookMarkdownWriter(baseName: "tour.out.md")
        let second = writer.write(NotebookRunner(executor: SampleNotebook.Executor()).run(reread))
        XCTAssertTrue(second.text.contains("notebooks/tour.md:55:9: error"))
        let third = writer.write(NotebookRunner(executor: SampleNotebook.Executor()).run(try NotebookDocument.parse(second.text, file: "notebooks/tour.md")))
        XCTAssertEqual(third, second)
    }

    func testTerminalSnapshot() throws {
        Snapshot.assertMatches(TerminalRenderer().render(try SampleNotebook.run()), named: "tour.txt")
    }
}
