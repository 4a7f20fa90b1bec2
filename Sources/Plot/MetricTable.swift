/// A small table of strings: a header row and data rows of the same width.
public struct MetricTable: Equatable, Sendable {
    /// Column titles.
    public var header: [String]
    /// Rows of cells, each as wide as `header`.
    public var rows: [[String]]

    /// A table with the given header and rows.
    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }
}
