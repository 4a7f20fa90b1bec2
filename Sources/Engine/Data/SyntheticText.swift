/// A seeded generator of simple English-like sentences from a small grammar, so examples and tests
/// have text to train on with nothing installed. It draws from its own generator, never the shared
/// one, so generating text does not change a training run's random stream.
public struct SyntheticText: Sendable {
    private var rng: RandomGenerator

    /// A generator whose output is fixed by `seed`.
    public init(seed: UInt64) { rng = RandomGenerator(seed: seed) }

    static let determiners = ["the", "a", "every", "one", "that", "my", "your", "our"]
    static let adjectives = ["small", "quiet", "bright", "old", "happy", "green", "slow", "clever", "warm", "tired", "brave", "curious"]
    static let nouns = ["cat", "dog", "bird", "child", "teacher", "river", "garden", "robot", "farmer", "ship", "tree", "friend", "baker", "fox", "lamp"]
    static let verbs = ["sees", "finds", "likes", "follows", "helps", "watches", "paints", "carries", "greets", "remembers"]
    static let intransitive = ["sleeps", "sings", "waits", "runs", "laughs", "rests", "wanders", "shines"]
    static let adverbs = ["slowly", "quietly", "today", "again", "happily", "at night", "in the morning", "together"]
    static let prepositions = ["near", "behind", "with", "under", "beside", "past"]

    private mutating func pick(_ words: [String]) -> String {
        words[Int(rng.nextInt(below: UInt64(words.count)))]
    }

    private mutating func chance(_ p: Double) -> Bool { rng.nextUniform() < p }

    /// Determiner, optional adjective, noun.
    private mutating func nounPhrase() -> String {
        var parts = [pick(Self.determiners)]
        if chance(0.4) { parts.append(pick(Self.adjectives)) }
        parts.append(pick(Self.nouns))
        return parts.joined(separator: " ")
    }

    /// One sentence: subject, then a transitive verb with an object, or an intransitive verb with an
    /// adverb or a prepositional phrase; occasionally two clauses joined by "and".
    public mutating func sentence() -> String {
        func clause(_ g: inout SyntheticText) -> String {
            let subject = g.nounPhrase()
            if g.chance(0.55) { return "\(subject) \(g.pick(Self.verbs)) \(g.nounPhrase())" }
            let verb = g.pick(Self.intransitive)
            if g.chance(0.5) { return "\(subject) \(verb) \(g.pick(Self.adverbs))" }
            return "\(subject) \(verb) \(g.pick(Self.prepositions)) \(g.nounPhrase())"
        }
        var s = clause(&self)
        if chance(0.2) { s += " and " + clause(&self) }
        return s.prefix(1).uppercased() + s.dropFirst() + "."
    }

    /// `count` sentences, several to a line, each line ending in a newline.
    public mutating func text(sentences count: Int) -> String {
        var lines: [String] = []
        var line: [String] = []
        for _ in 0..<Swift.max(count, 0) {
            line.append(sentence())
            if line.count >= 1 + Int(rng.nextInt(below: 3)) { lines.append(line.joined(separator: " ")); line = [] }
        }
        if !line.isEmpty { lines.append(line.joined(separator: " ")) }
        return lines.map { $0 + "\n" }.joined()
    }
}
