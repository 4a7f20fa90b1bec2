/// The source range of a call, allocated once per call site when compiling.
final class CallSite {
    let range: SourceRange?

    init(_ range: SourceRange?) {
        self.range = range
    }
}
