/// A Markdown copy of a notebook with outputs, and the side files it links to.
public struct MarkdownRendering: Equatable, Sendable {
    /// The Markdown text.
    public var text: String
    /// Files to write beside it, in the order they are linked.
    public var sideFiles: [SideFile]

    /// A rendering.
    public init(text: String, sideFiles: [SideFile] = []) {
        self.text = text
        self.sideFiles = sideFiles
    }
}
