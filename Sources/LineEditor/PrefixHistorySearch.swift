/// ↑/↓ history search by prefix (bash's `history-search-backward`, zsh's `history-beginning-search-backward`).
///
/// libedit's own `ed-search-prev-history` is not a prefix search: it matches substrings, falls back to
/// regular expressions (`p.i` finds `printf`), and reuses an earlier pattern when the line is empty. This
/// type keeps the state a prefix search needs and never touches the terminal, so it is unit-tested directly.
struct PrefixHistorySearch {
    /// Which way to walk the history.
    enum Direction { case older, newer }

    /// The text before the cursor when the current run of ↑/↓ started.
    private(set) var prefix = ""
    /// Index into the entries of the line on screen; nil while the user's own line is shown.
    private var position: Int?
    /// The line the user had typed before the first ↑, restored by ↓ past the newest match.
    private var original = ""
    /// What the last step put on the line; any other line content means the user edited and a new run starts.
    private var shown: String?

    /// Forgets the current run, e.g. when a new line is read.
    mutating func reset() {
        self = PrefixHistorySearch()
    }

    /// The line to show after one ↑ (`.older`) or ↓ (`.newer`), or nil when there is no further match.
    ///
    /// `cursor` counts `Character`s of `line`. Entries equal to the line on screen are skipped, so repeated
    /// commands do not make ↑ look stuck.
    mutating func step(_ direction: Direction, line: String, cursor: Int, entries: [String]) -> String? {
        if shown != line {
            prefix = String(line.prefix(max(cursor, 0)))
            original = line
            position = nil
        }
        switch direction {
        case .older:
            var index = min(position ?? entries.count, entries.count) - 1
            while index >= 0 {
                let entry = entries[index]
                if entry.hasPrefix(prefix), entry != line { return show(entry, at: index) }
                index -= 1
            }
            return nil
        case .newer:
            guard let current = position else { return nil }
            var index = current + 1
            while index < entries.count {
                let entry = entries[index]
                if entry.hasPrefix(prefix), entry != line { return show(entry, at: index) }
                index += 1
            }
            position = nil
            shown = original
            return original
        }
    }

    private mutating func show(_ entry: String, at index: Int) -> String {
        position = index
        shown = entry
        return entry
    }
}
