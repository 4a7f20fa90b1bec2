/// Turns source bytes into tokens.
///
/// Line breaks end statements, so the lexer emits `newline` tokens, except:
/// - inside `(...)` and `[...]` (an argument list or a list literal may span lines), while
///   inside `{...}` they count again (a block or closure body is a list of statements);
/// - after a token that cannot end an expression (a binary operator, `=`, `,`), so
///   `a +⏎ b` is one expression.
///
/// String interpolation uses `{expr}`: `"loss = {x}"`. We chose braces (as Python's f-strings,
/// without the `f` prefix) because `$` or `\(` would be a second syntax to learn; `{{` and `}}`
/// stand for literal braces, and a lone `}` is taken literally. An interpolated string is lexed
/// as `interpolationStart`, the tokens of the expression, optional `interpolationMiddle` parts,
/// and `interpolationEnd`, so interpolated expressions (even with nested strings) are ordinary
/// tokens for the parser.
public struct Lexer {
    /// The result of lexing one file.
    public struct Result: Sendable {
        /// The tokens, ending with one `eof` token.
        public var tokens: [Token]
        /// Lexical errors (unexpected characters, bad escapes, invalid UTF-8...).
        public var diagnostics: [Diagnostic]
        /// True when the input ended inside a string or with brackets still open.
        public var endedEarly: Bool
    }

    private enum Open { case paren, bracket, brace, interpolation(quote: UInt8) }

    private let file: SourceFile
    private let b: [UInt8]
    private var i = 0
    private var tokens: [Token] = []
    private var diagnostics: [Diagnostic] = []
    private var endedEarly = false
    private var stack: [Open] = []

    /// Lexes a whole file.
    public static func lex(_ file: SourceFile) -> Result {
        var lexer = Lexer(file: file)
        return lexer.run()
    }

    private init(file: SourceFile) {
        self.file = file
        self.b = file.bytes
    }

    private mutating func run() -> Result {
        if let bad = UTF8Validation.firstInvalidOffset(b) {
            let msg = "invalid UTF-8 byte 0x\(String(b[bad], radix: 16, uppercase: true)) in source"
            error(msg, bad, bad + 1, hint: "save the file as UTF-8")
            return Result(tokens: [Token(kind: .eof, start: b.count, end: b.count)],
                          diagnostics: diagnostics, endedEarly: false)
        }
        while i < b.count { scanToken() }
        if !stack.isEmpty { endedEarly = true }
        if let last = tokens.last, last.kind.continuesLine { endedEarly = true }
        tokens.append(Token(kind: .eof, start: b.count, end: b.count))
        return Result(tokens: tokens, diagnostics: diagnostics, endedEarly: endedEarly)
    }

    private mutating func error(_ message: String, _ start: Int, _ end: Int, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, message, range: SourceRange(file: file, start: start, end: end),
                                      hint: hint))
    }

    private func peek(_ k: Int = 0) -> UInt8 { i + k < b.count ? b[i + k] : 0 }

    private mutating func add(_ kind: TokenKind, _ start: Int, text: String = "", number: Double = 0) {
        tokens.append(Token(kind: kind, start: start, end: i, text: text, number: number))
    }

    private mutating func scanToken() {
        let start = i
        let c = b[i]
        switch c {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
            i += 1
        case UInt8(ascii: "#"):
            while i < b.count, b[i] != UInt8(ascii: "\n") { i += 1 }
        case UInt8(ascii: "\n"):
            i += 1
            newline(at: start)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            scanNumber()
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            while i < b.count, isIdentifierByte(b[i]) { i += 1 }
            let name = String(decoding: b[start..<i], as: UTF8.self)
            add(TokenKind.keywords[name] ?? .identifier, start, text: name)
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            i += 1
            scanString(quote: c, segmentStart: start, first: true)
        default:
            scanPunctuation(c, start)
        }
    }

    private func isIdentifierByte(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "_")
    }

    private mutating func newline(at offset: Int) {
        switch stack.last {
        case .paren?, .bracket?, .interpolation?: return
        case .brace?, nil: break
        }
        guard let last = tokens.last else { return }  // leading blank lines
        if last.kind == .newline || last.kind.continuesLine { return }
        tokens.append(Token(kind: .newline, start: offset, end: offset + 1))
    }

    private mutating func scanPunctuation(_ c: UInt8, _ start: Int) {
        i += 1
        let next = peek()
        func two(_ second: UInt8, _ yes: TokenKind, _ no: TokenKind) -> TokenKind {
            if next == second { i += 1; return yes }
            return no
        }
        let kind: TokenKind
        switch c {
        case UInt8(ascii: "+"): kind = two(UInt8(ascii: "="), .plusEqual, .plus)
        case UInt8(ascii: "-"): kind = two(UInt8(ascii: "="), .minusEqual, .minus)
        case UInt8(ascii: "*"):
            if next == UInt8(ascii: "*") {
                i += 1
                kind = .starStar
            } else {
                kind = two(UInt8(ascii: "="), .starEqual, .star)
            }
        case UInt8(ascii: "/"): kind = two(UInt8(ascii: "="), .slashEqual, .slash)
        case UInt8(ascii: "%"): kind = .percent
        case UInt8(ascii: "@"): kind = .at
        case UInt8(ascii: "="): kind = two(UInt8(ascii: "="), .equalEqual, .equal)
        case UInt8(ascii: "<"): kind = two(UInt8(ascii: "="), .lessEqual, .less)
        case UInt8(ascii: ">"): kind = two(UInt8(ascii: "="), .greaterEqual, .greater)
        case UInt8(ascii: "!"):
            guard next == UInt8(ascii: "=") else {
                return error("unexpected character '!'", start, i, hint: "use 'not' for logical negation")
            }
            i += 1
            kind = .bangEqual
        case UInt8(ascii: ","): kind = .comma
        case UInt8(ascii: "."): kind = .dot
        case UInt8(ascii: ":"): kind = .colon
        case UInt8(ascii: ";"): kind = .semicolon
        case UInt8(ascii: "("): kind = .leftParen; stack.append(.paren)
        case UInt8(ascii: "["): kind = .leftBracket; stack.append(.bracket)
        case UInt8(ascii: "{"): kind = .leftBrace; stack.append(.brace)
        case UInt8(ascii: ")"): kind = .rightParen; close()
        case UInt8(ascii: "]"): kind = .rightBracket; close()
        case UInt8(ascii: "}"):
            if case .interpolation(let quote)? = stack.last {
                // The end of `{expr}` inside a string: resume scanning the string.
                stack.removeLast()
                scanString(quote: quote, segmentStart: start, first: false)
                return
            }
            kind = .rightBrace
            close()
        case UInt8(ascii: "&") where next == UInt8(ascii: "&"):
            i += 1
            return error("unexpected '&&'", start, i, hint: "use 'and'")
        case UInt8(ascii: "|") where next == UInt8(ascii: "|"):
            i += 1
            return error("unexpected '||'", start, i, hint: "use 'or'")
        default:
            unexpectedCharacter(start)
            return
        }
        add(kind, start)
    }

    /// Pops the innermost opener. A mismatched closer (`f(1, 2]`) still closes it, since that is
    /// usually a typo: otherwise the rest of the file would count as inside the bracket and line
    /// breaks would stop ending statements. The parser reports the mismatch.
    private mutating func close() {
        guard let top = stack.last else { return }
        if case .interpolation = top { return }
        stack.removeLast()
    }

    private mutating func unexpectedCharacter(_ start: Int) {
        // Step over a whole UTF-8 sequence so the message shows the character, not a byte.
        var end = start + 1
        while end < b.count, b[end] & 0xC0 == 0x80 { end += 1 }
        i = end
        let ch = String(decoding: b[start..<end], as: UTF8.self)
        var hint: String?
        switch ch {
        case "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}": hint = "use straight quotes \" or '"
        case "\u{2212}": hint = "use '-' (ASCII hyphen-minus)"
        case "\u{00D7}": hint = "use '*' to multiply"
        default: break
        }
        error("unexpected character '\(ch)'", start, end, hint: hint)
    }

    private mutating func scanNumber() {
        let start = i
        var digits: [UInt8] = []
        func scanDigits(_ lexer: inout Lexer) -> Bool {
            var any = false
            while lexer.i < lexer.b.count {
                let c = lexer.b[lexer.i]
                if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                    digits.append(c); any = true
                } else if c == UInt8(ascii: "_") && any && lexer.i + 1 < lexer.b.count
                            && lexer.b[lexer.i + 1] >= UInt8(ascii: "0") && lexer.b[lexer.i + 1] <= UInt8(ascii: "9") {
                    // `1_000`: underscores only between digits.
                } else {
                    break
                }
                lexer.i += 1
            }
            return any
        }
        _ = scanDigits(&self)
        if peek() == UInt8(ascii: "."), peek(1) >= UInt8(ascii: "0"), peek(1) <= UInt8(ascii: "9") {
            digits.append(UInt8(ascii: "."))
            i += 1
            _ = scanDigits(&self)
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            let save = i
            digits.append(UInt8(ascii: "e"))
            i += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { digits.append(peek()); i += 1 }
            if !scanDigits(&self) {
                i = save
                while i < b.count, isIdentifierByte(b[i]) { i += 1 }
                return error("expected digits in the exponent of a number", start, i)
            }
        }
        if i < b.count, isIdentifierByte(b[i]) {
            while i < b.count, isIdentifierByte(b[i]) { i += 1 }
            return error("invalid number literal '\(String(decoding: b[start..<i], as: UTF8.self))'", start, i,
                         hint: "names cannot start with a digit")
        }
        let value = Double(String(decoding: digits, as: UTF8.self)) ?? .nan
        add(.number, start, number: value)
    }

    /// Scans string text up to the closing quote or an interpolation `{`.
    private mutating func scanString(quote: UInt8, segmentStart: Int, first: Bool) {
        var text: [UInt8] = []
        while i < b.count {
            let c = b[i]
            if c == quote {
                i += 1
                add(first ? .string : .interpolationEnd, segmentStart, text: String(decoding: text, as: UTF8.self))
                return
            }
            if c == UInt8(ascii: "{") {
                if peek(1) == UInt8(ascii: "{") { text.append(c); i += 2; continue }
                i += 1
                add(first ? .interpolationStart : .interpolationMiddle, segmentStart,
                    text: String(decoding: text, as: UTF8.self))
                stack.append(.interpolation(quote: quote))
                return
            }
            if c == UInt8(ascii: "}") {
                text.append(c)
                i += peek(1) == UInt8(ascii: "}") ? 2 : 1
                continue
            }
            if c == UInt8(ascii: "\\") {
                scanEscape(into: &text)
                continue
            }
            text.append(c)
            i += 1
        }
        endedEarly = true
        diagnostics.append(Diagnostic(.error, "unterminated string",
                                      range: SourceRange(file: file, start: segmentStart, end: segmentStart + 1),
                                      hint: "add a closing \(quote == UInt8(ascii: "\"") ? "\"" : "'")",
                                      isIncompleteInput: true))
        add(first ? .string : .interpolationEnd, segmentStart, text: String(decoding: text, as: UTF8.self))
    }

    private mutating func scanEscape(into text: inout [UInt8]) {
        let start = i
        i += 1
        guard i < b.count else { return }
        let e = b[i]
        i += 1
        switch e {
        case UInt8(ascii: "n"): text.append(10)
        case UInt8(ascii: "t"): text.append(9)
        case UInt8(ascii: "r"): text.append(13)
        case UInt8(ascii: "0"): text.append(0)
        case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            text.append(e)
        case UInt8(ascii: "\n"):
            break  // backslash-newline joins lines
        case UInt8(ascii: "u") where peek() == UInt8(ascii: "{"):
            i += 1
            var hex = ""
            while i < b.count, b[i] != UInt8(ascii: "}"), hex.count < 8 {
                hex.append(Character(Unicode.Scalar(b[i]))); i += 1
            }
            if peek() == UInt8(ascii: "}") { i += 1 }
            if let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) {
                text.append(contentsOf: Array(String(scalar).utf8))
            } else {
                error("invalid unicode escape '\\u{\(hex)}'", start, i)
            }
        default:
            var end = i
            while end < b.count, b[end] & 0xC0 == 0x80 { end += 1 }
            i = end
            error("unknown escape sequence '\\\(String(decoding: b[(start + 1)..<end], as: UTF8.self))'", start, end,
                  hint: "valid escapes are \\n \\t \\r \\0 \\\\ \\\" \\' \\{ \\} \\u{...}")
        }
    }
}
