/// A vertical marker at an x position, such as an Elastic Reset "reset" or a learning-rate drop.
public struct PlotEvent: Equatable, Sendable {
    /// Where the marker goes, in data units of the x axis.
    public var x: Double
    /// A short label drawn beside the marker; may be empty.
    public var label: String

    /// A marker at `x` with an optional label.
    public init(x: Double, label: String = "") {
        self.x = x
        self.label = label
    }
}
