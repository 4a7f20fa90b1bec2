/// Named scalar metrics recorded by a training loop, step by step, plus events such as resets.
/// It can plot itself (`plot`) and summarise itself (`summary`).
public struct MetricHistory: Equatable, Sendable {
    /// Metric names in the order they were first recorded (names first seen together in one
    /// dictionary are added in sorted order, since dictionary order is not stable).
    public private(set) var names: [String] = []
    /// Recorded events, in recording order.
    public private(set) var events: [PlotEvent] = []
    private var values: [String: [MetricPoint]] = [:]

    /// An empty history.
    public init() {}

    /// Records `value` for metric `name` at `step`.
    public mutating func record(step: Double, name: String, value: Double) {
        if values[name] == nil { names.append(name) }
        values[name, default: []].append(MetricPoint(step: step, value: value))
    }

    /// Records several metrics at one step.
    public mutating func record(step: Double, _ metrics: [String: Double]) {
        for name in metrics.keys.sorted() {
            if let value = metrics[name] { record(step: step, name: name, value: value) }
        }
    }

    /// Records an event (drawn as a vertical marker), such as `reset` at step 500.
    public mutating func recordEvent(step: Double, label: String) {
        events.append(PlotEvent(x: step, label: label))
    }

    /// The recorded points of `name`, oldest first; empty for an unknown name.
    public func points(_ name: String) -> [MetricPoint] {
        values[name] ?? []
    }

    /// The most recent value of every metric, in `names` order; for progress bars.
    public func latest() -> [(name: String, value: Double)] {
        names.compactMap { name in values[name]?.last.map { (name, $0.value) } }
    }

    /// Whether nothing has been recorded.
    public var isEmpty: Bool { names.isEmpty && events.isEmpty }
}
