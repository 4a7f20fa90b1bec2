/// The storage of a list value; lists are shared by reference, like Python's.
public final class ListRef {
    /// The elements.
    public var items: [Value]

    /// Creates a list.
    public init(_ items: [Value] = []) {
        self.items = items
    }
}
