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

    @inline(__always)
    static func deinitialize(_ p: UnsafeMutablePointer<Value>, count: Int) {
        var i = 0
        while i < count {
            (p + i).deinitialize(count: 1)
            i += 1
        }
    }
}
