import Plot

/// One piece of output from a cell, in the order the cell produced it.
public enum CellOutput: Equatable, Sendable {
    /// Printed text (`print`), usually ending in a newline.
    case text(String)
    /// The printed value of a bare trailing expression statement.
    case value(String)
    /// A plot to render: SVG in HTML and Markdown side files, a sparkline in the terminal.
    case plot(PlotSpec)
    /// A finished SVG document, such as a graph diagram from Graphviz; anything before `<svg`
    /// (XML prolog, DOCTYPE) is stripped when inlined into HTML.
    case svg(String)
    /// A table of strings with a header row.
    case table(header: [String], rows: [[String]])
    /// A rendered diagnostic: `file:line:col: message`, the source line and a caret.
    case error(String)
}
