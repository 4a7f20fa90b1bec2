extension Parser {
    func parseProgram() -> Program {
        var endsWithSemicolon = false
        let statements = parseStatements(inBlock: false, endsWithSemicolon: &endsWithSemicolon)
        return Program(statements: statements, file: file, endsWithSemicolon: endsWithSemicolon)
    }

    /// Parses statements until `}` (in a block) or the end of input, recovering from errors.
    func parseStatements(inBlock: Bool, endsWithSemicolon: inout Bool) -> [Stmt] {
        var statements: [Stmt] = []
        skipSeparators()
        while !check(.eof) && !aborted {
            if check(.rightBrace) {
                if inBlock { break }
                _ = fail("unexpected '}' with no matching '{'")
                advance()
                skipSeparators()
                continue
            }
            let start = pos
            do {
                let stmt = try parseStatement()
                statements.append(stmt)
                endsWithSemicolon = check(.semicolon)
                try expectTerminator(after: stmt)
            } catch is FatalError {
                aborted = true
                pos = tokens.count - 1
                break
            } catch {
                synchronize(statementStart: start)
            }
            skipSeparators()
        }
        return statements
    }

    func skipSeparators() {
        while check(.newline) || check(.semicolon) { advance() }
    }

    /// A statement must be followed by a line end, `;`, the closing `}` of its block or the end.
    func expectTerminator(after stmt: Stmt) throws {
        switch current.kind {
        case .newline, .semicolon, .rightBrace, .eof:
            return
        default:
            // `retrun x` parses as the name `retrun` followed by a stray `x`: point at the name
            // and suggest the keyword.
            if case .expression(let e) = stmt.kind, case .variable(let name) = e.kind,
               let hint = Parser.keywordHint(for: name.name) {
                throw fail("expected end of statement after '\(name.name)', found \(current.kind.display)",
                           range: name.range, hint: hint)
            }
            throw fail("expected end of statement (a new line or ';'), found \(current.kind.display)")
        }
    }

    func parseStatement() throws -> Stmt {
        let start = current.start
        switch current.kind {
        case .kwLet:
            advance()
            let nameToken = try consume(.identifier, "a variable name after 'let'")
            let name = identifier(nameToken)
            guard match(.equal) else {
                throw expected("'=' after 'let \(name.name)'")
            }
            let value = try parseExpression()
            return Stmt(.letBinding(name, value), range(from: start))
        case .kwFn where peekKind() == .identifier:
            let decl = try parseFunction()
            return Stmt(.function(decl), decl.range)
        case .kwWhile:
            advance()
            let condition = try parseExpression()
            let body = try parseBlock("the loop body")
            return Stmt(.whileLoop(condition, body), range(from: start))
        case .kwFor:
            return try parseFor()
        case .kwBreak:
            advance()
            return Stmt(.breakLoop, range(from: start))
        case .kwContinue:
            advance()
            return Stmt(.continueLoop, range(from: start))
        case .kwReturn:
            advance()
            switch current.kind {
            case .newline, .semicolon, .rightBrace, .eof:
                return Stmt(.returnValue(nil), range(from: start))
            default:
                return Stmt(.returnValue(try parseExpression()), range(from: start))
            }
        case .kwImport:
            advance()
            guard check(.string) else { throw expected("a file path string after 'import'") }
            let path = advance().text
            return Stmt(.importFile(path), range(from: start))
        case .leftBrace where !looksLikeDict():
            let block = try parseBlock("a block")
            return Stmt(.expression(Expr(.block(block), block.range)), block.range)
        default:
            return try parseExpressionStatement()
        }
    }

    func parseExpressionStatement() throws -> Stmt {
        let start = current.start
        let expr = try parseExpression()
        let op: BinaryOperator?
        switch current.kind {
        case .equal: op = nil
        case .plusEqual: op = .add
        case .minusEqual: op = .subtract
        case .starEqual: op = .multiply
        case .slashEqual: op = .divide
        default: return Stmt(.expression(expr), expr.range)
        }
        let target: Stmt.Target
        switch expr.kind {
        case .variable(let name): target = .variable(name)
        case .index(let base, let subs): target = .index(base, subs)
        case .member(let base, let name): target = .member(base, name)
        default:
            throw fail("cannot assign to this expression", range: expr.range,
                       hint: "assign to a name, an element (xs[i] = v) or an attribute (obj.a = v)")
        }
        advance()
        let value = try parseExpression()
        return Stmt(.assign(target, op, value), range(from: start))
    }

    func parseFor() throws -> Stmt {
        let start = advance().start
        var names = [identifier(try consume(.identifier, "a loop variable name after 'for'"))]
        while match(.comma) {
            names.append(identifier(try consume(.identifier, "a loop variable name after ','")))
        }
        guard match(.kwIn) else { throw expected("'in' after the loop variable") }
        let sequence = try parseExpression()
        let body = try parseBlock("the loop body")
        return Stmt(.forLoop(names, sequence, body), range(from: start))
    }

    /// `fn name(params) { body }` or, without a name, a closure expression.
    func parseFunction() throws -> FunctionDecl {
        let start = advance().start
        var name: Identifier?
        if check(.identifier) { name = identifier(advance()) }
        guard check(.leftParen) else {
            throw expected(name == nil ? "'(' after 'fn'" : "'(' after the function name")
        }
        let open = advance()
        var params: [FunctionDecl.Parameter] = []
        try nested {
            while !check(.rightParen) {
                guard check(.identifier) else { throw expected("a parameter name") }
                let p = identifier(advance())
                var defaultValue: Expr?
                if match(.equal) { defaultValue = try parseExpression() }
                params.append(.init(name: p, defaultValue: defaultValue))
                if !match(.comma) { break }
            }
        }
        guard match(.rightParen) else {
            if check(.eof) {
                throw fail("expected ')' after parameters", range: SourceRange(file: file, start: open.start,
                                                                               end: previous.end))
            }
            throw expected("',' or ')' after a parameter")
        }
        let body = try parseBlock("the function body")
        nextID += 1
        return FunctionDecl(name: name, parameters: params, body: body, range: range(from: start), id: nextID)
    }

    /// `{ statements }`.
    func parseBlock(_ what: String) throws -> Block {
        guard check(.leftBrace) else { throw expected("'{' to start \(what)") }
        let open = advance()
        return try nested {
            var ignored = false
            let statements = parseStatements(inBlock: true, endsWithSemicolon: &ignored)
            if aborted { throw FatalError() }
            guard match(.rightBrace) else {
                throw fail("expected '}' to close \(what)", range: errorRange(at: current),
                           hint: "the block opened at line \(range(open).line)")
            }
            return Block(statements: statements, range: range(from: open.start))
        }
    }

    /// Whether the `{` at the current token opens a dict rather than a block: it does when it is
    /// empty or when a `:` appears outside brackets before the end of its first statement (no
    /// statement has a bare colon; dict entries always do).
    func looksLikeDict() -> Bool {
        var k = pos + 1
        while k < tokens.count, tokens[k].kind == .newline { k += 1 }
        if k < tokens.count, tokens[k].kind == .rightBrace { return true }
        var depth = 0
        while k < tokens.count {
            switch tokens[k].kind {
            case .leftParen, .leftBracket, .leftBrace, .interpolationStart: depth += 1
            case .rightParen, .rightBracket, .interpolationEnd: depth -= 1
            case .rightBrace:
                if depth == 0 { return false }
                depth -= 1
            case .colon where depth == 0: return true
            case .newline where depth == 0, .semicolon where depth == 0, .eof: return false
            default: break
            }
            k += 1
        }
        return false
    }
}
