/// Running min and max of the values that can be drawn on one axis.
struct DataBounds {
    var log: Bool
    var min: Double?
    var max: Double?

    init(log: Bool) { self.log = log }

    static func usable(_ v: Double, log: Bool) -> Bool {
        v.isFinite && (!log || v > 0)
    }

    mutating func add(_ v: Double) {
        guard DataBounds.usable(v, log: log) else { return }
        min = Swift.min(min ?? v, v)
        max = Swift.max(max ?? v, v)
    }
}
