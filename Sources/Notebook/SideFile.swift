/// A file the Markdown writer asks its caller to write next to the Markdown copy (an SVG plot
/// or diagram), since forges strip inline SVG and `data:` images.
public struct SideFile: Equatable, Sendable {
    /// The file name, relative to the directory of the Markdown copy: `out-cell3-1.svg`.
    public var name: String
    /// The file's text.
    public var contents: String

    /// A side file.
    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}
