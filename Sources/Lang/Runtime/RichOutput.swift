import Plot

/// Output richer than text that a value or a `show(...)` call hands to its front end:
/// notebooks draw it inline, the terminal and the REPL print a text fallback.
public enum RichOutput {
    /// A plot, drawn as SVG in HTML and as sparklines in a terminal.
    case plot(PlotSpec)
    /// A ready SVG picture (a graph diagram) with a one-line text fallback for terminals.
    case svg(String, fallback: String)
    /// A table of strings.
    case table(header: [String], rows: [[String]])
}

/// A native object that displays itself richly when it is the value of a notebook cell or REPL line.
public protocol RichDisplayable: NativeObject {
    /// The rich form of the object.
    func richOutput() throws -> RichOutput
}
