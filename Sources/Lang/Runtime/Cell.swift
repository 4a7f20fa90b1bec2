/// A heap box for a captured variable: closures that capture it share it by reference.
///
/// The value sits behind a pointer, not in a stored `var`, to avoid the dynamic exclusivity
/// check Swift performs on every access to a class's stored properties.
final class Cell {
    let storage: UnsafeMutablePointer<Value>

    init(_ value: Value) {
        storage = .allocate(capacity: 1)
        storage.initialize(to: value)
    }

    deinit {
        storage.deinitialize(count: 1)
        storage.deallocate()
    }

    var value: Value {
        get { storage.pointee }
        set { storage.pointee = newValue }
    }
}
