/// "Did you mean" suggestions based on edit distance.
public enum Suggestions {
    /// Damerau–Levenshtein (optimal string alignment) distance, counting a swap of two
    /// neighbouring characters as one edit so `retrun` is one edit from `return`.
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev2 = [Int](repeating: 0, count: y.count + 1)
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    v = min(v, prev2[j - 2] + 1)
                }
                cur[j] = v
            }
            prev2 = prev
            prev = cur
        }
        return prev[y.count]
    }

    /// The candidate closest to `name`, if it is close enough to be a plausible typo.
    public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
        // One- and two-letter names are too short for a typo to be told from another name.
        let limit = name.count < 3 ? 0 : max(1, name.count / 3)
        var best: (String, Int)?
        for c in candidates where c != name {
            // Cheap length filter before the quadratic distance.
            if abs(c.count - name.count) > limit { continue }
            let d = distance(name.lowercased(), c.lowercased())
            guard d <= limit else { continue }
            if let b = best, b.1 < d || (b.1 == d && b.0 <= c) { continue }
            best = (c, d)
        }
        return best?.0
    }

    /// `did you mean 'x'?` for the closest candidate, or nil.
    public static func hint(for name: String, in candidates: some Sequence<String>) -> String? {
        closest(to: name, in: candidates).map { "did you mean '\($0)'?" }
    }
}
