/// How `NotebookRunner` runs a notebook.
public struct NotebookRunOptions: Equatable, Sendable {
    /// Run every cell even after unexpected errors (`--keep-going`).
    public var keepGoing: Bool
    /// `-p name=value` parameters, handed to the executor before the first cell.
    public var parameters: [String: String]
    /// The timeout for cells without `{timeout=…}`, in seconds; nil for none.
    public var defaultTimeout: Double?

    /// Options with the given values; the default stops at the first unexpected error.
    public init(keepGoing: Bool = false, parameters: [String: String] = [:], defaultTimeout: Double? = nil) {
        self.keepGoing = keepGoing
        self.parameters = parameters
        self.defaultTimeout = defaultTimeout
    }
}
