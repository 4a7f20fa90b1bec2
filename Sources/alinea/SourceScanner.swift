/// Where the cursor is in a line of Alinea code: in code, in a string literal, or in a comment.
///
/// A small re-implementation of the lexer's string rules (`"` or `'` quotes, `\` escapes,
/// `{expr}` interpolation with `{{` as a literal brace) that works on an unfinished line, which
/// the real lexer would reject.
struct SourceScanner {
    /// The state at the end of the scanned text.
    enum Context: Equatable {
        /// Ordinary code.
        case code
        /// Inside a string literal whose content starts at this offset.
        case string(contentStart: Int)
        /// After a `#`.
        case comment
    }

    /// Scans `chars` and returns the context at its end; also reports `mask`, the text with every
    /// string's contents blanked, so bracket matching ignores brackets inside strings.
    static func scan(_ chars: [Character]) -> (context: Context, mask: [Character]) {
        enum Mode { case code, string(quote: Character, start: Int) }
        var mode = Mode.code
        var stack: [Character] = []  // quote characters of strings suspended by an interpolation
        var braceDepth: [Int] = []   // open braces within each interpolation
        var mask = chars
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch mode {
            case .code:
                if c == "#" {
                    for j in i..<chars.count { mask[j] = " " }
                    return (.comment, mask)
                }
                if c == "\"" || c == "'" {
                    mode = .string(quote: c, start: i + 1)
                } else if c == "{", !braceDepth.isEmpty {
                    braceDepth[braceDepth.count - 1] += 1
                } else if c == "}", let depth = braceDepth.last {
                    if depth == 0, let quote = stack.popLast() {
                        // End of an interpolation: back into the suspended string.
                        braceDepth.removeLast()
                        mode = .string(quote: quote, start: i + 1)
                    } else {
                        braceDepth[braceDepth.count - 1] -= 1
                    }
                }
            case .string(let quote, _):
                mask[i] = " "
                if c == "\\" {
                    if i + 1 < chars.count { mask[i + 1] = " " }
                    i += 1
                } else if c == quote {
                    mask[i] = c
                    mode = .code
                } else if c == "{" {
                    if i + 1 < chars.count, chars[i + 1] == "{" {
                        mask[i + 1] = " "
                        i += 1
                    } else {
                        stack.append(quote)
                        braceDepth.append(0)
                        mode = .code
                    }
                }
            }
            i += 1
        }
        if case .string(_, let start) = mode { return (.string(contentStart: start), mask) }
        return (.code, mask)
    }
}
