/// Why a graph could not be rendered or written; Graphviz's own message is kept verbatim.
public enum GraphExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The DOT text contained no graph at all (for example it was empty).
    case emptyInput
    /// Graphviz's parser rejected the DOT text.
    case syntax(String)
    /// Graphviz could not lay the graph out (for example an unknown layout engine).
    case layout(String)
    /// Graphviz could not render the laid-out graph in the requested format.
    case render(format: String, message: String)
    /// Graphviz reported warnings and the caller asked for them to be treated as errors.
    case warnings([String])
    /// A file name's extension does not name a supported format.
    case unsupportedExtension(String, supported: [String])
    /// `gvContext` failed, so no Graphviz call can be made.
    case contextUnavailable
    /// Writing the output file failed.
    case io(path: String, message: String)

    /// A one-line explanation suitable for a diagnostic.
    public var description: String {
        switch self {
        case .emptyInput:
            "Graphviz found no graph in the DOT text"
        case .syntax(let message):
            "Graphviz could not parse the DOT text: \(message)"
        case .layout(let message):
            "Graphviz could not lay out the graph: \(message)"
        case .render(let format, let message):
            "Graphviz could not render \(format): \(message)"
        case .warnings(let messages):
            "Graphviz reported: \(messages.joined(separator: "; "))"
        case .unsupportedExtension(let ext, let supported):
            (ext.isEmpty ? "missing file extension" : "unsupported file extension '.\(ext)'")
                + "; use one of " + supported.map { "." + $0 }.joined(separator: ", ")
        case .contextUnavailable:
            "Graphviz could not create a context (gvContext failed)"
        case .io(let path, let message):
            "could not write \(path): \(message)"
        }
    }
}
