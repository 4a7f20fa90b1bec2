/// A native object that hands a `for` loop its elements one at a time, so it can observe the
/// loop as it runs (`NativeObject.elements()` materialises everything before the first
/// iteration and never learns when an iteration ends).
///
/// `progress(...)` is the client: it counts finished iterations as the loop asks for the next
/// element. Loops use this protocol when the interpreter supports it and fall back to
/// `elements()` otherwise, so conforming types must implement both.
public protocol IteratingObject: NativeObject {
    /// A fresh iterator for one pass of a loop.
    func makeIterator() throws -> any ValueIterator
}

/// One pass of a `for` loop over an `IteratingObject`.
public protocol ValueIterator: AnyObject {
    /// The next element, or nil when the loop has run out of elements.
    func next() throws -> Value?
    /// Called exactly once when the loop ends for any reason: exhausted, `break`, `return` or an error.
    func close()
}
