/// Recursive-descent parser (precedence climbing for operators) from tokens to a `Program`.
///
/// Errors are collected, not thrown to the caller: after an error the parser skips to the next
/// statement boundary and carries on, so one run reports several independent mistakes. Only
/// exceeding the nesting limit stops the parse, because everything after it would cascade.
public final class Parser {
    /// What a parse produced.
    public struct Result: Sendable {
        /// The syntax tree; statements with errors are left out.
        public var program: Program
        /// Lexical and syntax errors in source order.
        public var diagnostics: [Diagnostic]
        /// True when every error is only that the input ended too early (an open bracket or
        /// brace, a trailing operator, an unterminated string): a REPL should read more lines.
        public var isIncomplete: Bool
        /// Number of ids handed out to identifiers and functions.
        public var idCount: Int
    }

    /// Brackets, blocks and prefix operators nest at most this deep; deeper input is an error,
    /// never a stack overflow.
    public static let maxNesting = 200
    /// Longest chain of left-associative operators and postfix operations (the depth of the
    /// tree it produces); tree walks over deeper trees could exhaust the stack.
    public static let maxChain = 10_000

    struct ParseError: Error {}
    struct FatalError: Error {}

    let file: SourceFile
    var tokens: [Token]
    var pos = 0
    var diagnostics: [Diagnostic] = []
    var nextID = 0
    var nesting = 0
    var chain = 0
    /// Set after a fatal error (the nesting limit): every enclosing construct stops at once.
    var aborted = false

    /// Parses a file.
    public static func parse(_ file: SourceFile) -> Result {
        let lexed = Lexer.lex(file)
        let parser = Parser(file: file, tokens: lexed.tokens)
        let program = parser.parseProgram()
        var diagnostics = lexed.diagnostics + parser.diagnostics
        diagnostics.sort { ($0.range?.start ?? 0) < ($1.range?.start ?? 0) }
        let incomplete = !diagnostics.isEmpty && diagnostics.allSatisfy(\.isIncompleteInput)
        return Result(program: program, diagnostics: diagnostics, isIncomplete: incomplete, idCount: parser.nextID)
    }

    /// True when `source` is not yet a complete program but could become one with more lines.
    public static func isIncomplete(_ source: String) -> Bool {
        parse(SourceFile(name: "<input>", text: source)).isIncomplete
    }

    init(file: SourceFile, tokens: [Token]) {
        self.file = file
        self.tokens = tokens
    }

    // MARK: - Token access

    var current: Token { tokens[min(pos, tokens.count - 1)] }
    var previous: Token { tokens[max(0, min(pos - 1, tokens.count - 1))] }
    func peekKind(_ k: Int = 1) -> TokenKind { tokens[min(pos + k, tokens.count - 1)].kind }
    func check(_ kind: TokenKind) -> Bool { current.kind == kind }

    @discardableResult
    func advance() -> Token {
        let t = current
        if pos < tokens.count - 1 { pos += 1 }
        return t
    }

    func match(_ kind: TokenKind) -> Bool {
        guard check(kind) else { return false }
        advance()
        return true
    }

    func skipNewlines() {
        while check(.newline) { advance() }
    }

    func range(_ t: Token) -> SourceRange { SourceRange(file: file, start: t.start, end: t.end) }
    func range(from start: Int) -> SourceRange { SourceRange(file: file, start: start, end: previous.end) }

    func identifier(_ t: Token) -> Identifier {
        nextID += 1
        return Identifier(name: t.text, range: range(t), id: nextID)
    }

    // MARK: - Errors

    /// Where to point for an error at `t`: a line end or end of input is shown just after the
    /// previous token, which is where the user stopped typing.
    func errorRange(at t: Token) -> SourceRange {
        if t.kind == .newline || t.kind == .eof, pos > 0 {
            return SourceRange(file: file, start: previous.end, end: previous.end)
        }
        return range(t)
    }

    /// Records an error and returns the error to throw.
    func fail(_ message: String, range: SourceRange? = nil, hint: String? = nil) -> ParseError {
        let atEnd = current.kind == .eof
        diagnostics.append(Diagnostic(.error, message, range: range ?? errorRange(at: current), hint: hint,
                                      isIncompleteInput: atEnd))
        return ParseError()
    }

    /// `expected X, found Y` for the current token.
    func expected(_ what: String, hint: String? = nil) -> ParseError {
        fail("expected \(what), found \(current.kind.display)", hint: hint)
    }

    @discardableResult
    func consume(_ kind: TokenKind, _ what: String) throws -> Token {
        if check(kind) { return advance() }
        throw expected(what)
    }

    /// Runs `body` one nesting level deeper, failing (for the whole parse) past the limit.
    func nested<T>(_ body: () throws -> T) throws -> T {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > Parser.maxNesting {
            // Point at the opener that went past the limit (callers consume it first).
            diagnostics.append(Diagnostic(.error, "too deeply nested (more than \(Parser.maxNesting) levels)",
                                          range: range(previous), hint: "split the expression with 'let'"))
            throw FatalError()
        }
        return try body()
    }

    /// Counts one more link of an operator chain; see `maxChain`.
    func extendChain() throws {
        chain += 1
        if chain + nesting > Parser.maxChain {
            diagnostics.append(Diagnostic(.error, "expression too long (more than \(Parser.maxChain) operations)",
                                          range: range(current), hint: "split the expression with 'let'"))
            throw FatalError()
        }
    }

    /// Skips to the start of the next statement after an error: past the next line end or `;`
    /// at the nesting depth where the statement began, or up to a `}` closing the enclosing block.
    func synchronize(statementStart: Int) {
        var depth = 0
        for k in statementStart..<min(pos, tokens.count) {
            switch tokens[k].kind {
            case .leftParen, .leftBracket, .leftBrace: depth += 1
            case .rightParen, .rightBracket, .rightBrace: depth = max(0, depth - 1)
            default: break
            }
        }
        while !check(.eof) {
            switch current.kind {
            case .newline where depth == 0, .semicolon where depth == 0:
                advance()
                return
            case .rightBrace where depth == 0:
                return
            case .leftParen, .leftBracket, .leftBrace:
                depth += 1
            case .rightParen, .rightBracket, .rightBrace:
                depth = max(0, depth - 1)
            default:
                break
            }
            advance()
        }
    }

    /// Common misspellings and other languages' keywords, mapped to Alinea's.
    static let keywordAliases: [String: String] = [
        "function": "fn", "func": "fn", "def": "fn", "fun": "fn", "lambda": "fn",
        "var": "let", "const": "let", "val": "let", "elif": "else if", "elsif": "else if", "elseif": "else if",
        "null": "nil", "None": "nil", "none": "nil", "True": "true", "False": "false",
        "foreach": "for", "loop": "while", "require": "import", "include": "import", "nograd": "no_grad",
    ]

    /// `did you mean 'return'?` when `name` looks like a misspelled keyword.
    static func keywordHint(for name: String) -> String? {
        if let alias = keywordAliases[name] { return "did you mean '\(alias)'?" }
        if let k = Suggestions.closest(to: name, in: TokenKind.keywords.keys) {
            return "did you mean '\(k)'?"
        }
        if let a = Suggestions.closest(to: name, in: keywordAliases.keys), let k = keywordAliases[a] {
            return "did you mean '\(k)'?"
        }
        return nil
    }
}
