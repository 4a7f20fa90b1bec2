import Notebook
import Plot

/// A notebook exercising every kind of block and output, with an executor that answers it
/// deterministically; used by the HTML, Markdown and terminal snapshot tests.
enum SampleNotebook {
    static let text = """
    # Alinea tour

    A *notebook* with prose, `code`, and [a link](https://example.com).

    ```alinea
    let xs = [1, 2, 3]   # a list
    print("<script>alert(1)</script>")
    xs
    ```

    Some Python, left alone:

    ~~~python
    def f(): return "<b>"
    ~~~

    ```alinea {hide}
    plot(history)
    ```

    ```alinea
    graph(loss)
    ```

    ```alinea {expect-error}
    let y = boom + 1
    ```

    ```alinea {no-output}
    let quiet = 1
    ```

    | a | b |
    |---|---|
    | 1 | 2 |

    """

    /// Answers the sample's cells by keyword.
    final class Executor: CellExecutor {
        func execute(code: String, file: String, firstLine: Int, timeout: Double?) -> CellResult {
            if code.contains("plot") {
                let history = SampleNotebook.history()
                let summary = history.summary()
                return CellResult(outputs: [.text("training done\n"), .plot(history.plot(title: "Training <loss>", smoothing: .exponential(0.9))),
                                            .table(header: summary.header, rows: summary.rows)])
            }
            if code.contains("boom") {
                return CellResult(outputs: [.error("\(file):\(firstLine):9: error: unknown name 'boom'\n  let y = boom + 1\n          ^~~~")], failed: true)
            }
            if code.contains("graph") {
                return CellResult(outputs: [.svg("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"60\">"
                    + "<rect x=\"5\" y=\"5\" width=\"190\" height=\"50\" fill=\"#eeeeff\"/><text x=\"100\" y=\"35\" text-anchor=\"middle\">matmul [2×3]</text></svg>")])
            }
            if code.contains("quiet") { return CellResult(outputs: [.value("1")]) }
            return CellResult(outputs: [.text("<script>alert(1)</script>\n"), .value("[1, 2, 3]")])
        }
    }

    /// A noisy decreasing loss with periodic resets, from a fixed-seed LCG.
    static func history() -> MetricHistory {
        var history = MetricHistory()
        var state: UInt64 = 1
        for i in 0..<300 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let noise = Double(state >> 40) / Double(1 << 24) - 0.5
            history.record(step: Double(i), name: "loss", value: 2.5 / (1 + Double(i) / 30) + 0.3 + 0.3 * noise)
            history.record(step: Double(i), name: "kl", value: 0.002 * Double(i % 100))
            if i % 100 == 99 { history.recordEvent(step: Double(i), label: "reset") }
        }
        return history
    }

    static func run() throws -> NotebookRun {
        let document = try NotebookDocument.parse(text, file: "notebooks/tour.md")
        return NotebookRunner(executor: Executor()).run(document)
    }
}
