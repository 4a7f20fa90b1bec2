import Ink
import Plot

/// Renders a notebook run as one self-contained HTML page: inline CSS, no scripts, no external
/// fonts or images, so it opens offline and fetches nothing.
///
/// Prose is Markdown rendered by Ink (raw HTML written by the notebook's author passes through:
/// it is the author's page). Everything derived from code, outputs or data is escaped: code cells,
/// printed text, values, table cells, errors, plot titles and series names. Graph diagrams are
/// inlined from their `<svg` element on, and any SVG carrying script is shown as escaped text
/// instead. The output is byte-identical for the same inputs: no timestamps, no paths beyond the
/// notebook name the caller gave, and wall times only with `timings`.
public struct HTMLRenderer: Sendable {
    /// The page title; defaults to the front matter `title:`, else the first `# ` heading, else the file name.
    public var title: String?
    /// Whether to show each cell's wall time.
    public var timings: Bool

    /// A renderer; timings are off unless asked for.
    public init(title: String? = nil, timings: Bool = false) {
        self.title = title
        self.timings = timings
    }

    /// The complete page for `run`, ending with a newline.
    public func render(_ run: NotebookRun) -> String {
        let document = run.document
        var body: [String] = []
        var frontMatterTitle: String?
        if !run.parameterOutputs.isEmpty {
            body.append("<div class=\"run-error\">")
            body += run.parameterOutputs.map(outputHTML(cellNumber: 0)).flatMap { $0 }
            body.append("</div>")
        }
        let runsByIndex = Dictionary(run.cells.map { ($0.cell.index, $0) }, uniquingKeysWith: { first, _ in first })
        var isFirstProse = true
        for block in document.blocks {
            switch block {
            case .prose(let text):
                let (html, metadata) = HTMLRenderer.prose(text, first: isFirstProse)
                if isFirstProse { frontMatterTitle = metadata["title"] }
                isFirstProse = false
                if !html.isEmpty { body.append("<div class=\"prose\">\n" + html + "\n</div>") }
            case .code(let code):
                isFirstProse = false
                let language = code.language.isEmpty ? "" : " class=\"language-\(XMLEscaping.escape(code.language))\""
                body.append("<pre class=\"code-block\"><code\(language)>" + XMLEscaping.escape(code.code) + "</code></pre>")
            case .cell(let cell):
                isFirstProse = false
                let cellRun = runsByIndex[cell.index] ?? CellRun(cell: cell, status: .notRun)
                body += cellHTML(cellRun)
            }
        }
        if let summary = TerminalRenderer().summary(run) {
            body.append("<footer class=\"summary failed\">" + XMLEscaping.escape(summary) + "</footer>")
        }
        let pageTitle = title ?? frontMatterTitle ?? document.title ?? HTMLRenderer.fileTitle(document.file)
        let head = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"generator\" content=\"Alinea\">",
            "<title>" + XMLEscaping.escape(pageTitle) + "</title>",
            "<style>",
            HTMLRenderer.stylesheet,
            "</style>",
            "</head>",
            "<body>",
            "<main class=\"notebook\">",
        ]
        return (head + body + ["</main>", "</body>", "</html>"]).joined(separator: "\n") + "\n"
    }

    /// Prose through Ink. CRLF becomes LF first (Ink looks for `\n`); a block after the first
    /// that starts with `-` is shielded so Ink does not take a `---` rule for front matter.
    static func prose(_ text: String, first: Bool) -> (String, [String: String]) {
        var markdown = joinCodeSpanContinuations(SourceLine.split(text).map(\.content)).joined(separator: "\n")
        guard markdown.contains(where: { !$0.isWhitespace }) else { return ("", [:]) }
        if !first, markdown.drop(while: { $0.isWhitespace }).hasPrefix("-") { markdown = "<!-- -->\n" + markdown }
        let parsed = MarkdownParser().parse(markdown)
        return (parsed.html, first ? parsed.metadata : [:])
    }

    /// Ink 0.6 starts a new paragraph at a line that begins with an inline code span; in
    /// Markdown that line continues the paragraph, so join it to the previous line first.
    static func joinCodeSpanContinuations(_ lines: [String]) -> [String] {
        var out: [String] = []
        for line in lines {
            if line.hasPrefix("`"), !line.hasPrefix("``"), let previous = out.last,
               previous.contains(where: { !$0.isWhitespace }), !previous.hasPrefix("    "), !previous.hasPrefix("#"),
               !previous.hasPrefix("```"), !previous.hasPrefix("~~~") {
                out[out.count - 1] = previous + " " + line
            } else {
                out.append(line)
            }
        }
        return out
    }

    /// `tour` for `notebooks/tour.md`.
    static func fileTitle(_ file: String) -> String {
        var name = Substring(file.split(separator: "/").last ?? "notebook")
        if name.hasSuffix(".md") { name = name.dropLast(3) }
        return name.isEmpty ? "notebook" : String(name)
    }
}
