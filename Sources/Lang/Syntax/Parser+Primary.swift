extension Parser {
    func parsePrimary() throws -> Expr {
        let t = current
        switch t.kind {
        case .number:
            advance()
            return Expr(.number(t.number), range(t))
        case .string:
            advance()
            return Expr(.string(t.text), range(t))
        case .interpolationStart:
            return try parseInterpolation()
        case .kwTrue, .kwFalse:
            advance()
            return Expr(.bool(t.kind == .kwTrue), range(t))
        case .kwNil:
            advance()
            return Expr(.nil, range(t))
        case .identifier:
            advance()
            return Expr(.variable(identifier(t)), range(t))
        case .leftParen:
            advance()
            let inner = try nested { try parseExpression() }
            guard match(.rightParen) else {
                throw fail("expected ')' to close '(', found \(current.kind.display)",
                           range: SourceRange(file: file, start: t.start, end: previous.end))
            }
            return Expr(inner.kind, range(from: t.start))
        case .leftBracket:
            return try parseList()
        case .leftBrace where looksLikeDict():
            return try parseDict()
        case .leftBrace:
            let block = try parseBlock("a block")
            return Expr(.block(block), block.range)
        case .kwFn:
            let decl = try parseFunction()
            if let name = decl.name {
                throw fail("a function used as a value cannot have a name", range: name.range,
                           hint: "write 'fn(...) { }', or declare 'fn \(name.name)(...)' as a statement")
            }
            return Expr(.function(decl), decl.range)
        case .kwIf:
            return try parseIf()
        case .kwNoGrad:
            advance()
            let body = try parseBlock("the no_grad block")
            return Expr(.noGrad(body), range(from: t.start))
        default:
            var hint: String?
            if t.kind == .kwLet { hint = "'let' declares a variable and is a statement, not a value" }
            if t.kind == .rightParen || t.kind == .rightBracket || t.kind == .rightBrace {
                hint = "is a bracket unbalanced?"
            }
            throw expected("an expression", hint: hint)
        }
    }

    func parseInterpolation() throws -> Expr {
        let start = current.start
        var parts: [InterpolationPart] = []
        let first = advance()
        if !first.text.isEmpty { parts.append(.text(first.text)) }
        try nested {
            while true {
                if check(.interpolationEnd) || check(.interpolationMiddle) {
                    throw fail("expected an expression inside '{}' in a string", hint: "write '{{' for a literal brace")
                }
                parts.append(.expr(try parseExpression()))
                if check(.interpolationEnd) {
                    let end = advance()
                    if !end.text.isEmpty { parts.append(.text(end.text)) }
                    return
                }
                guard check(.interpolationMiddle) else {
                    throw expected("'}' to close the interpolation in a string")
                }
                let mid = advance()
                if !mid.text.isEmpty { parts.append(.text(mid.text)) }
            }
        }
        return Expr(.interpolation(parts), range(from: start))
    }

    func parseList() throws -> Expr {
        let open = advance()
        var items: [Expr] = []
        try nested {
            while !check(.rightBracket) {
                items.append(try parseExpression())
                if !match(.comma) { break }
            }
        }
        guard match(.rightBracket) else {
            throw fail("expected ']' to close the list, found \(current.kind.display)",
                       range: SourceRange(file: file, start: open.start, end: previous.end))
        }
        return Expr(.list(items), range(from: open.start))
    }

    /// `{key: value, ...}`; line breaks are allowed anywhere between entries, since inside
    /// braces the lexer keeps them (a brace might have opened a block).
    func parseDict() throws -> Expr {
        let open = advance()
        var entries: [DictEntry] = []
        try nested {
            skipNewlines()
            while !check(.rightBrace) {
                let key = try parseExpression()
                skipNewlines()
                guard match(.colon) else {
                    throw expected("':' after a dict key", hint: check(.newline) || check(.semicolon)
                        ? nil : "a block cannot be used as a value here; dicts are written {\"key\": value}")
                }
                skipNewlines()
                let value = try parseExpression()
                entries.append(DictEntry(key: key, value: value))
                skipNewlines()
                if !match(.comma) { break }
                skipNewlines()
            }
        }
        guard match(.rightBrace) else {
            throw fail("expected '}' to close the dict, found \(current.kind.display)",
                       range: SourceRange(file: file, start: open.start, end: previous.end))
        }
        return Expr(.dict(entries), range(from: open.start))
    }

    /// `if c { } else if d { } else { }`; `else` may start the next line.
    func parseIf() throws -> Expr {
        let start = current.start
        var branches: [(condition: Expr, body: Block)] = []
        var elseBody: Block?
        advance()  // if
        try nested {
            while true {
                let condition = try parseExpression()
                let body = try parseBlock("the 'if' body")
                branches.append((condition, body))
                var k = pos
                while k < tokens.count - 1, tokens[k].kind == .newline { k += 1 }
                guard tokens[k].kind == .kwElse else { return }
                pos = k + 1
                if match(.kwIf) { continue }
                elseBody = try parseBlock("the 'else' body")
                return
            }
        }
        return Expr(.conditional(IfChain(branches: branches, elseBody: elseBody)), range(from: start))
    }
}
