/// Frame set-up and tear-down one slot at a time: frames are small, and the bulk
/// `initialize(repeating:count:)` / `deinitialize(count:)` go through generic runtime calls.
enum Slots {
    @inline(__always)
    static func initialize(_ p: UnsafeMutablePointer<Value>, count: Int) {
        var i = 0
        while i < count {
            (p + i).initialize(to: .nil)
            i += 1
        }
    }

    /// Numbers, bools and nil (most slots) hold no reference: a tag test skips the call to
    /// Value's outlined destroy.
    @inline(__always)
    static func deinitialize(_ p: UnsafeMutablePointer<Value>, count: Int) {
        var i = 0
        while i < count {
            switch p[i] {
            case .number, .nil, .bool: break
            default: (p + i).deinitialize(count: 1)
            }
            i += 1
        }
    }
}
