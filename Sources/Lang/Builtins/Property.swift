/// A read (and optionally write) attribute of a built-in value kind, such as a tensor's `shape`.
public struct Property {
    /// Attribute name.
    public let name: String
    /// One-line description.
    public let summary: String
    /// Reads the attribute from the receiver.
    public let get: (Value) throws -> Value
    /// Writes the attribute, or nil when read-only.
    public let set: ((Value, Value) throws -> Void)?

    /// Creates a property.
    public init(_ name: String, summary: String, get: @escaping (Value) throws -> Value,
                set: ((Value, Value) throws -> Void)? = nil) {
        self.name = name
        self.summary = summary
        self.get = get
        self.set = set
    }
}
