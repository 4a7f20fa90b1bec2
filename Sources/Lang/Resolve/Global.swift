/// A top-level variable of a session: a builtin, a prelude or user definition, an imported name.
///
/// Compiled code holds the `Global` object itself, so reading a global is one load with no
/// name lookup, and a REPL line sees definitions made by earlier lines. The value lives behind
/// a pointer rather than in a stored `var`: class properties get dynamic exclusivity checks on
/// every access, which cost more than the rest of a global read.
public final class Global {
    struct Storage {
        var value: Value
        var isDefined: Bool
    }

    /// The variable name.
    public let name: String
    let storage: UnsafeMutablePointer<Storage>

    init(name: String) {
        self.name = name
        storage = .allocate(capacity: 1)
        storage.initialize(to: Storage(value: .nil, isDefined: false))
    }

    deinit {
        storage.deinitialize(count: 1)
        storage.deallocate()
    }

    /// Current value (`nil` until defined).
    public var value: Value { storage.pointee.value }
    /// False while the name is only declared: hoisted from later in a file, or its definition failed.
    public var isDefined: Bool { storage.pointee.isDefined }

    /// Assigns and marks defined.
    func define(_ value: Value) {
        storage.pointee.value = value
        storage.pointee.isDefined = true
    }
}
