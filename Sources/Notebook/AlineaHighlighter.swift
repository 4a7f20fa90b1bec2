import Plot

/// A small lexer that wraps Alinea source in `<span>`s for syntax colouring: keywords (`hl-kw`),
/// strings (`hl-str`), numbers (`hl-num`), comments (`hl-com`) and called names (`hl-fn`). Everything is
/// HTML-escaped; malformed code (an unclosed string) still highlights without losing text.
///
/// Kept separate from the language's lexer on purpose: the notebook layer does not import the
/// interpreter, and highlighting must accept code that does not lex.
public enum AlineaHighlighter {
    /// The language's keywords, mirrored from its lexer.
    public static let keywords: Set<String> = [
        "let", "fn", "if", "else", "while", "for", "in", "break", "continue", "return",
        "and", "or", "not", "true", "false", "nil", "import", "no_grad",
    ]

    /// `code` as escaped HTML with highlighting spans (no surrounding `<pre>`).
    public static func highlight(_ code: String) -> String {
        let chars = Array(code)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "#" {
                var j = i
                while j < chars.count, chars[j] != "\n", chars[j] != "\r\n" { j += 1 }
                out += span("hl-com", chars[i..<j])
                i = j
            } else if c == "\"" || c == "'" {
                let j = stringEnd(chars, from: i)
                out += span("hl-str", chars[i..<j])
                i = j
            } else if c.isASCII, c.isNumber {
                let j = numberEnd(chars, from: i)
                out += span("hl-num", chars[i..<j])
                i = j
            } else if c == "_" || c.isLetter {
                var j = i
                while j < chars.count, chars[j] == "_" || chars[j].isLetter || chars[j].isNumber { j += 1 }
                let word = String(chars[i..<j])
                if keywords.contains(word) {
                    out += span("hl-kw", chars[i..<j])
                } else if j < chars.count, chars[j] == "(" {
                    out += span("hl-fn", chars[i..<j])
                } else {
                    out += XMLEscaping.escape(word)
                }
                i = j
            } else {
                out += XMLEscaping.escape(String(c))
                i += 1
            }
        }
        return out
    }

    private static func span(_ cls: String, _ text: ArraySlice<Character>) -> String {
        "<span class=\"\(cls)\">" + XMLEscaping.escape(String(text)) + "</span>"
    }

    /// The index after a string starting at `start`: its closing quote, or the end of the line.
    /// `{…}` interpolations may hold nested strings, which must not end the outer one.
    private static func stringEnd(_ chars: [Character], from start: Int) -> Int {
        let quote = chars[start]
        var i = start + 1
        var depth = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\n" || c == "\r\n" { return i }
            if c == "\\" { i += 2; continue }
            if depth == 0 {
                if c == quote { return i + 1 }
                if c == "{" {
                    if i + 1 < chars.count, chars[i + 1] == "{" { i += 2; continue }
                    depth = 1
                }
            } else if c == "{" {
                depth += 1
            } else if c == "}" {
                depth -= 1
            } else if c == "\"" || c == "'" {
                i = stringEnd(chars, from: i)
                continue
            }
            i += 1
        }
        return min(i, chars.count)
    }

    /// The index after a number literal: digits and `_`, a fraction, an exponent.
    private static func numberEnd(_ chars: [Character], from start: Int) -> Int {
        var i = start
        func digits() { while i < chars.count, chars[i].isASCII, chars[i].isNumber || chars[i] == "_" { i += 1 } }
        digits()
        if i + 1 < chars.count, chars[i] == ".", chars[i + 1].isASCII, chars[i + 1].isNumber {
            i += 1
            digits()
        }
        if i < chars.count, chars[i] == "e" || chars[i] == "E" {
            var j = i + 1
            if j < chars.count, chars[j] == "+" || chars[j] == "-" { j += 1 }
            if j < chars.count, chars[j].isASCII, chars[j].isNumber {
                i = j
                digits()
            }
        }
        return i
    }
}
