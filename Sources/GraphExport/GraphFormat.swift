/// An output format `GraphRenderer` can produce.
public enum GraphFormat: String, Sendable, Equatable, CaseIterable {
    /// The DOT source itself, checked by Graphviz's parser but not laid out.
    case dot
    /// Scalable vector graphics, for HTML pages and notebooks.
    case svg
    /// A raster image, drawn by Graphviz's cairo plugin.
    case png
    /// A vector document, drawn by Graphviz's cairo plugin.
    case pdf

    /// File extensions accepted by `GraphRenderer.write`, lowercase and without the dot.
    public static let supportedExtensions = ["dot", "gv", "svg", "png", "pdf"]

    /// The format for a file extension (case-insensitive, with or without the leading dot).
    public init?(fileExtension: String) {
        var ext = fileExtension.lowercased()
        if ext.hasPrefix(".") { ext.removeFirst() }
        switch ext {
        case "dot", "gv": self = .dot
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        default: return nil
        }
    }

    /// The format implied by a path's extension, or an error naming the supported extensions.
    public static func forPath(_ path: String) throws(GraphExportError) -> GraphFormat {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        let ext = name.lastIndex(of: ".").map { String(name[name.index(after: $0)...]) } ?? ""
        guard !ext.isEmpty, let format = GraphFormat(fileExtension: ext) else {
            throw .unsupportedExtension(ext, supported: supportedExtensions)
        }
        return format
    }
}
