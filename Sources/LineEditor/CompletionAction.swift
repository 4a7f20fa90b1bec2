/// What Tab does with a set of candidates, decided without touching the terminal so it can be unit-tested.
enum CompletionAction: Equatable {
    /// Nothing to insert (no candidates, or ambiguous on a first Tab).
    case beep
    /// Replace the word before the cursor with this text.
    case replace(String)
    /// Show these candidates below the line (the second Tab on an ambiguous word, as in bash).
    case list([String])

    /// Bash-like behaviour: one candidate is inserted; several insert their longest common prefix when that
    /// extends the word, and a repeated Tab with nothing left to insert lists them.
    static func decide(word: String, candidates: [String], repeatedTab: Bool) -> CompletionAction {
        let unique = deduplicated(candidates)
        if unique.isEmpty { return .beep }
        if unique.count == 1 { return .replace(unique[0]) }
        let common = longestCommonPrefix(unique)
        // Only extend: a provider may return candidates that do not start with the word (case-insensitive
        // or fuzzy matches), and replacing the word with a shorter prefix would delete what the user typed.
        if common.count > word.count, common.hasPrefix(word) {
            return .replace(common)
        }
        return repeatedTab ? .list(unique.sorted()) : .beep
    }

    /// The longest prefix, in `Character`s, shared by every string.
    static func longestCommonPrefix(_ strings: [String]) -> String {
        guard let first = strings.first else { return "" }
        var prefix = first[...]
        for string in strings.dropFirst() {
            var end = prefix.startIndex
            var other = string.startIndex
            while end < prefix.endIndex, other < string.endIndex, prefix[end] == string[other] {
                end = prefix.index(after: end)
                other = string.index(after: other)
            }
            prefix = prefix[..<end]
            if prefix.isEmpty { break }
        }
        return String(prefix)
    }

    /// Removes repeated candidates, keeping the first occurrence's position.
    static func deduplicated(_ strings: [String]) -> [String] {
        var seen = Set<String>()
        return strings.filter { seen.insert($0).inserted }
    }
}
