/// How a plot draws its points.
public enum PlotKind: String, Equatable, Sendable, CaseIterable {
    /// Points joined by straight lines; non-finite points break the line.
    case line
    /// One dot per point.
    case scatter
}
