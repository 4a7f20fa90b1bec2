/// A preference pair after tokenisation: prompt ids and the ids of each completion (without the prompt).
public struct TokenizedPreference: Equatable, Sendable {
    /// Prompt token ids.
    public var prompt: [Int]
    /// Preferred completion ids.
    public var chosen: [Int]
    /// Dispreferred completion ids.
    public var rejected: [Int]

    /// Creates a tokenised pair.
    public init(prompt: [Int], chosen: [Int], rejected: [Int]) {
        self.prompt = prompt
        self.chosen = chosen
        self.rejected = rejected
    }

    /// Tokenises each part of `pair` separately, so the prompt boundary is exact.
    public init(_ pair: PreferencePair, tokenizer: Tokenizer) throws {
        self.init(prompt: try tokenizer.encode(pair.prompt), chosen: try tokenizer.encode(pair.chosen),
                  rejected: try tokenizer.encode(pair.rejected))
    }
}
