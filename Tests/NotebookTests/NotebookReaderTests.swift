@testable import Notebook
import XCTest

final class NotebookReaderTests: XCTestCase {
    func parse(_ text: String, file: String = "nb.md") throws -> NotebookDocument {
        try NotebookDocument.parse(text, file: file)
    }

    func diagnostics(_ text: String) -> [String] {
        do {
            _ = try NotebookDocument.parse(text, file: "nb.md")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    static let tricky: [String] = [
        "",
        "just prose, no newline",
        "# Title\n\nSome prose.\n\n```alinea\nlet x = 1\nx\n```\n\nMore.\n",
        // A longer fence holds a shorter one as content.
        "````alinea\nlet s = \"\"\"\n```\nnot a close\n```\n````\n",
        // Tildes, and a tilde cell containing backticks.
        "~~~alinea {hide}\nprint(\"```\")\n~~~\n",
        // Non-alinea code blocks are left alone, even ones containing alinea fences.
        "```python\nprint(1)\n```\n\n`````markdown\n```alinea\nnot a cell\n```\n`````\n",
        // CRLF line endings are preserved byte for byte.
        "# CRLF\r\n\r\n```alinea\r\nlet a = 1\r\n```\r\ntail\r\n",
        // No trailing newline after the closing fence.
        "```alinea\nx\n```",
        // Indented fence (up to three spaces) and a closing fence with trailing spaces.
        "   ```alinea\n   let y = 2\n    z\n   ```   \n",
        // Unclosed non-alinea fence runs to the end, as in CommonMark.
        "text\n```sh\nls\n",
        // Four spaces is an indented code block, not a fence.
        "    ```alinea\n    not a cell\n",
        // Info strings with backticks are not fences; `alineax` is not alinea.
        "``` alinea `x`\n```alineax\nnot a cell\n```\n",
        // Unicode.
        "Grüße — 日本語\n```alinea\nlet s = \"∑\"\n```\n",
    ]

    func testRoundTripWithoutOutputsIsByteIdentical() throws {
        for text in Self.tricky {
            let document = try parse(text)
            XCTAssertEqual(document.text, text)
            XCTAssertEqual(NotebookMarkdownWriter(baseName: "out").write(document).text, text)
            XCTAssertEqual(Array(document.text.utf8), Array(text.utf8))
        }
    }

    func testCellsAndLineNumbers() throws {
        let document = try parse(Self.tricky[2])
        XCTAssertEqual(document.cells.count, 1)
        let cell = try XCTUnwrap(document.cells.first)
        XCTAssertEqual(cell.code, "let x = 1\nx")
        XCTAssertEqual(cell.line, 5)
        XCTAssertEqual(cell.firstCodeLine, 6)
        XCTAssertEqual(cell.index, 0)
        XCTAssertEqual(document.title, "Title")
    }

    func testNestedFencesAndTildes() throws {
        let nested = try parse(Self.tricky[3])
        XCTAssertEqual(nested.cells.map(\.code), ["let s = \"\"\"\n```\nnot a close\n```"])
        let tilde = try parse(Self.tricky[4])
        XCTAssertEqual(tilde.cells.first?.code, "print(\"```\")")
        XCTAssertEqual(tilde.cells.first?.options, CellOptions(hide: true))
    }

    func testNonAlineaBlocksAreNotCells() throws {
        for i in [5, 9, 10, 11] {
            XCTAssertEqual(try parse(Self.tricky[i]).cells.count, 0, "notebook \(i)")
        }
        let document = try parse(Self.tricky[5])
        guard case .code(let block) = document.blocks[0] else { return XCTFail("expected a code block") }
        XCTAssertEqual(block.language, "python")
        XCTAssertEqual(block.code, "print(1)")
    }

    func testCRLFIsPreservedAndCodeNormalised() throws {
        let document = try parse(Self.tricky[6])
        XCTAssertEqual(document.lineEnding, "\r\n")
        XCTAssertEqual(document.cells.first?.code, "let a = 1")
        XCTAssertEqual(document.cells.first?.line, 3)
    }

    func testIndentedFenceStripsIndent() throws {
        let document = try parse(Self.tricky[8])
        XCTAssertEqual(document.cells.first?.code, "let y = 2\n z")
    }

    func testEveryCellOption() throws {
        let text = """
        ```alinea {expect-error}
        ```
        ```alinea {hide}
        ```
        ```alinea {no-output}
        ```
        ```alinea {timeout=2.5}
        ```
        ```alinea {hide} {timeout=30}
        ```
        ```alinea {hide, no-output,timeout=1 expect-error}
        ```
        ```alinea{hide}
        ```

        """
        let options = try parse(text).cells.map(\.options)
        XCTAssertEqual(options, [
            CellOptions(expectError: true),
            CellOptions(hide: true),
            CellOptions(noOutput: true),
            CellOptions(timeout: 2.5),
            CellOptions(hide: true, timeout: 30),
            CellOptions(expectError: true, hide: true, noOutput: true, timeout: 1),
            CellOptions(hide: true),
        ])
    }

    func testUnknownOptionIsLocatedWithSuggestion() {
        XCTAssertEqual(diagnostics("prose\n\n```alinea {hdie}\nx\n```\n"),
                       ["nb.md:3:12: unknown cell option 'hdie' (did you mean 'hide'?)"])
        XCTAssertEqual(diagnostics("```alinea {expect_error}\n```\n"),
                       ["nb.md:1:12: unknown cell option 'expect_error' (did you mean 'expect-error'?)"])
        XCTAssertEqual(diagnostics("```alinea {banana}\n```\n"),
                       ["nb.md:1:12: unknown cell option 'banana' (known options: expect-error, hide, no-output, timeout)"])
    }

    func testMalformedOptionsAreAllReported() {
        let text = "```alinea {timeout}\n```\n```alinea {timeout=abc}\n```\n```alinea {hide=1}\n```\n"
            + "```alinea hide\n```\n```alinea {hide\n```\n```alinea {hide} {hide}\n```\n```alinea\nunclosed\n"
        XCTAssertEqual(diagnostics(text), [
            "nb.md:1:12: cell option 'timeout' needs a number of seconds, e.g. {timeout=30}",
            "nb.md:3:12: cell option 'timeout' needs a positive number of seconds, not 'abc'",
            "nb.md:5:12: cell option 'hide' takes no value (remove '=1')",
            "nb.md:7:11: unexpected 'hide' after 'alinea': cell options go in braces, e.g. {hide}",
            "nb.md:9:11: unclosed '{' in cell options (expected '}')",
            "nb.md:11:19: cell option 'hide' is given twice",
            "nb.md:13:1: unclosed cell: add a line '```' after the cell's code",
        ])
    }

    func testOutputBlocksAreDroppedOnRead() throws {
        let text = "```alinea\nprint 1\n```\n<!-- alinea:output -->\n```text\n1\n<!-- /alinea:output -->\n```\n<!-- /alinea:output -->\nafter\n"
        let document = try parse(text)
        XCTAssertEqual(document.text, "```alinea\nprint 1\n```\nafter\n")
        // An unterminated marker is ordinary prose.
        let open = "a\n<!-- alinea:output -->\nb\n"
        XCTAssertEqual(try parse(open).text, open)
    }
}
