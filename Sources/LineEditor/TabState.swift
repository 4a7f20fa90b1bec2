/// The line and cursor (in Unicode scalars) right after a Tab, to recognise a second Tab on an unchanged line.
struct TabState: Equatable {
    /// The line's text.
    var line: [Unicode.Scalar]
    /// The cursor's offset in `line`.
    var cursor: Int
}
