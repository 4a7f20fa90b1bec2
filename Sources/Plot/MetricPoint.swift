/// One recorded value of a metric.
public struct MetricPoint: Sendable {
    /// The training step (or any x) the value belongs to.
    public var step: Double
    /// The metric's value.
    public var value: Double

    /// A value at a step.
    public init(step: Double, value: Double) {
        self.step = step
        self.value = value
    }
}

extension MetricPoint: Equatable {
    /// Compares bit for bit, so a history holding a NaN loss still equals itself.
    public static func == (a: MetricPoint, b: MetricPoint) -> Bool {
        a.step.bitPattern == b.step.bitPattern && a.value.bitPattern == b.value.bitPattern
    }
}
