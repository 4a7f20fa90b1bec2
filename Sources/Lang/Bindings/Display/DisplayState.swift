/// Per-interpreter state of the display builtins, captured by their closures (each interpreter
/// has its own registry, so two sessions never share it).
final class DisplayState {
    /// Graphs made so far; numbers each graph's SVG ids (`g1`, `g2`, ...) so a page with several
    /// diagrams stays valid and the same notebook always gets the same ids.
    private var graphCount = 0

    /// The id prefix for the next graph.
    func nextGraphPrefix() -> String {
        graphCount += 1
        return "g\(graphCount)"
    }
}
