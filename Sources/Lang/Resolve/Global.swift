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
        /// Running calls that use a function read from `value` without retaining it (see `pin`).
        var pins = 0
        /// Values replaced while calls were pinned, kept alive until the last of them returns.
        var retired: [Value] = []

        /// The function held, unretained: only valid while the global is pinned.
        @inline(__always)
        var function: Unmanaged<Function>? {
            if case .function(let fn) = value { return .passUnretained(fn) }
            return nil
        }
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
        Global.assign(storage, value)
        storage.pointee.isDefined = true
    }

    /// Every write to a global goes through here: a pinned call may be running the old value.
    @inline(__always)
    static func assign(_ storage: UnsafeMutablePointer<Storage>, _ value: Value) {
        if storage.pointee.pins > 0 { retire(storage) }
        storage.pointee.value = value
    }

    @inline(never)
    static func retire(_ storage: UnsafeMutablePointer<Storage>) {
        storage.pointee.retired.append(storage.pointee.value)
    }

    /// Marks a call as running the function read from `storage` without a retain (atomic
    /// reference counting is a large share of a call's cost); `unpin` ends it.
    @inline(__always)
    static func pin(_ storage: UnsafeMutablePointer<Storage>) {
        storage.pointee.pins += 1
    }

    /// Ends a pinned call; the last one out releases values replaced meanwhile.
    @inline(__always)
    static func unpin(_ storage: UnsafeMutablePointer<Storage>) {
        storage.pointee.pins -= 1
        if storage.pointee.pins == 0, !storage.pointee.retired.isEmpty { releaseRetired(storage) }
    }

    @inline(never)
    static func releaseRetired(_ storage: UnsafeMutablePointer<Storage>) {
        storage.pointee.retired = []
    }
}
