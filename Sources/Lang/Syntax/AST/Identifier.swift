/// A name as written in the source: a variable use or declaration, a parameter, an attribute.
public struct Identifier: Sendable {
    /// The name.
    public var name: String
    /// Where it is written.
    public var range: SourceRange
    /// Unique within one parse; the resolver keys its tables by it.
    public var id: Int
}
