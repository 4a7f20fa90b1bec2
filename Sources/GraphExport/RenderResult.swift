/// Rendered bytes together with the warnings Graphviz reported while producing them.
public struct RenderResult: Sendable, Equatable {
    /// The output file's bytes.
    public var bytes: [UInt8]
    /// Graphviz warnings (for example an unknown colour name), one message per entry, without the
    /// `Warning:` prefix. Graphviz reports some of them (unknown colours) only once per process.
    public var warnings: [String]

    /// Creates a result.
    public init(bytes: [UInt8], warnings: [String]) {
        self.bytes = bytes; self.warnings = warnings
    }
}
