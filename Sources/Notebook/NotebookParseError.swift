/// Every problem found while reading a notebook; reading reports them all at once so an author
/// can fix several typos in one go.
public struct NotebookParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The problems, in file order.
    public var diagnostics: [NotebookDiagnostic]

    /// An error carrying `diagnostics`.
    public init(diagnostics: [NotebookDiagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
