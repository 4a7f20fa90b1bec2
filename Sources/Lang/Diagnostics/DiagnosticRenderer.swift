/// Formats diagnostics as text in the shape compilers use:
///
/// ```
/// script.aln:3:9: error: expected ')' after arguments
///     let y = f(1, 2
///             ^~~~~~
/// hint: did you mean 'print'?
/// ```
public struct DiagnosticRenderer: Sendable {
    /// Wrap the severity and caret in ANSI colour codes (for terminals only).
    public var color: Bool
    /// Indentation put before the quoted source line and the caret line.
    public var indent: String

    /// Creates a renderer.
    public init(color: Bool = false, indent: String = "    ") {
        self.color = color
        self.indent = indent
    }

    /// Renders one diagnostic; the result ends without a trailing newline.
    public func render(_ d: Diagnostic) -> String {
        var lines: [String] = []
        let severity = paint(d.severity.rawValue, d.severity == .error ? "31" : "33")
        if let range = d.range {
            lines.append("\(range.file.name):\(range.startLocation): \(severity): \(d.message)")
            lines.append(contentsOf: quote(range))
        } else {
            lines.append("\(severity): \(d.message)")
        }
        if let hint = d.hint { lines.append("hint: \(hint)") }
        for note in d.notes {
            if let r = note.range {
                lines.append("note: \(r.file.name):\(r.startLocation): \(note.message)")
            } else {
                lines.append("note: \(note.message)")
            }
        }
        if !d.traceback.isEmpty {
            lines.append("traceback (most recent call first):")
            for frame in d.traceback {
                if let r = frame.range {
                    lines.append("  \(r.file.name):\(r.line) in \(frame.function)")
                } else {
                    lines.append("  in \(frame.function)")
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Renders several diagnostics separated by newlines, ending with a newline.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { render($0) + "\n" }.joined()
    }

    /// The quoted source line and a caret line under the span (first line of the span only).
    func quote(_ range: SourceRange) -> [String] {
        let start = range.startLocation
        let text = range.file.lineText(start.line)
        let scalars = Array(text.unicodeScalars)
        let end = range.endLocation
        // A span running onto later lines is underlined to the end of its first line.
        let endColumn = end.line == start.line ? end.column : scalars.count + 1
        let width = max(1, endColumn - start.column)
        var pad = ""
        for i in 0..<max(0, start.column - 1) {
            // Copy tabs so the caret lines up however the terminal expands them.
            pad += i < scalars.count && scalars[i] == "\t" ? "\t" : " "
        }
        let caret = "^" + String(repeating: "~", count: width - 1)
        return [indent + text, indent + pad + paint(caret, "32")]
    }

    private func paint(_ s: String, _ code: String) -> String {
        color ? "\u{1B}[1;\(code)m\(s)\u{1B}[0m" : s
    }
}
