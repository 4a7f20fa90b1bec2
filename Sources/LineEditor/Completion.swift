/// What a completion provider proposes for the word under the cursor.
///
/// Offsets count `Character`s of the line (what `line.prefix(n)` uses), so a provider can slice
/// the line without thinking about UTF-8 or UTF-32.
public struct Completion: Sendable, Equatable {
    /// Where the replaced word starts; the word runs from here to the cursor.
    public var replaceFrom: Int
    /// Full replacement texts for the word, e.g. `["print", "printf"]` for `pri`.
    public var candidates: [String]

    /// Creates a completion replacing the text from `replaceFrom` up to the cursor.
    public init(replaceFrom: Int, candidates: [String]) {
        self.replaceFrom = replaceFrom
        self.candidates = candidates
    }

    /// No candidates: Tab only beeps.
    public static let none = Completion(replaceFrom: 0, candidates: [])
}
