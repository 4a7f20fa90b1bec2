/// Operator precedence, loosest first:
/// `or` < `and` < `not` < comparisons (`== != < <= > >= in`, which do not chain) <
/// `+ -` < `* / % @` < unary `-` < `**` (right-associative; its right side may be negated) <
/// postfix (call, index, member).
extension Parser {
    func parseExpression() throws -> Expr {
        try parseOr()
    }

    func parseOr() throws -> Expr {
        let saved = chain
        defer { chain = saved }
        var left = try parseAnd()
        while check(.kwOr) {
            advance()
            try extendChain()
            let right = try parseAnd()
            left = Expr(.logical(.or, left, right), left.range.union(right.range))
        }
        return left
    }

    func parseAnd() throws -> Expr {
        let saved = chain
        defer { chain = saved }
        var left = try parseNot()
        while check(.kwAnd) {
            advance()
            try extendChain()
            let right = try parseNot()
            left = Expr(.logical(.and, left, right), left.range.union(right.range))
        }
        return left
    }

    func parseNot() throws -> Expr {
        guard check(.kwNot) else { return try parseComparison() }
        let start = advance().start
        let operand = try nested { try parseNot() }
        return Expr(.unary(.not, operand), range(from: start))
    }

    func comparisonOperator() -> BinaryOperator? {
        switch current.kind {
        case .equalEqual: return .equal
        case .bangEqual: return .notEqual
        case .less: return .less
        case .lessEqual: return .lessEqual
        case .greater: return .greater
        case .greaterEqual: return .greaterEqual
        case .kwIn: return .contains
        default: return nil
        }
    }

    func parseComparison() throws -> Expr {
        let left = try parseAdditive()
        guard let op = comparisonOperator() else { return left }
        advance()
        let right = try parseAdditive()
        if comparisonOperator() != nil {
            throw fail("comparison operators cannot be chained", range: errorRange(at: current),
                       hint: "write 'a < b and b < c'")
        }
        return Expr(.binary(op, left, right), left.range.union(right.range))
    }

    func parseAdditive() throws -> Expr {
        let saved = chain
        defer { chain = saved }
        var left = try parseMultiplicative()
        while true {
            let op: BinaryOperator
            switch current.kind {
            case .plus: op = .add
            case .minus: op = .subtract
            default: return left
            }
            advance()
            try extendChain()
            let right = try parseMultiplicative()
            left = Expr(.binary(op, left, right), left.range.union(right.range))
        }
    }

    func parseMultiplicative() throws -> Expr {
        let saved = chain
        defer { chain = saved }
        var left = try parseUnary()
        while true {
            let op: BinaryOperator
            switch current.kind {
            case .star: op = .multiply
            case .slash: op = .divide
            case .percent: op = .remainder
            case .at: op = .matmul
            default: return left
            }
            advance()
            try extendChain()
            let right = try parseUnary()
            left = Expr(.binary(op, left, right), left.range.union(right.range))
        }
    }

    func parseUnary() throws -> Expr {
        guard check(.minus) else { return try parsePower() }
        let start = advance().start
        let operand = try nested { try parseUnary() }
        // Fold `-3` into a literal so `xs[-1]` and constants cost nothing at run time.
        if case .number(let v) = operand.kind {
            return Expr(.number(-v), range(from: start))
        }
        return Expr(.unary(.negate, operand), range(from: start))
    }

    func parsePower() throws -> Expr {
        let base = try parsePostfix()
        guard check(.starStar) else { return base }
        advance()
        let exponent = try nested { try parseUnary() }
        return Expr(.binary(.power, base, exponent), base.range.union(exponent.range))
    }

    func parsePostfix() throws -> Expr {
        let saved = chain
        defer { chain = saved }
        var expr = try parsePrimary()
        while true {
            switch current.kind {
            case .leftParen:
                try extendChain()
                expr = try parseCall(expr)
            case .leftBracket:
                try extendChain()
                let open = advance()
                let subs = try nested { try parseSubscripts() }
                guard match(.rightBracket) else {
                    throw fail("expected ']' after index, found \(current.kind.display)",
                               range: SourceRange(file: file, start: open.start, end: previous.end))
                }
                expr = Expr(.index(expr, subs), range(from: expr.range.start))
            case .dot:
                try extendChain()
                advance()
                guard check(.identifier) else { throw expected("an attribute or method name after '.'") }
                let name = identifier(advance())
                expr = Expr(.member(expr, name), range(from: expr.range.start))
            default:
                return expr
            }
        }
    }

    func parseCall(_ callee: Expr) throws -> Expr {
        advance()  // (
        var args: [Argument] = []
        var seenNamed = false
        try nested {
            while !check(.rightParen) {
                if check(.identifier), peekKind() == .equal {
                    let label = identifier(advance())
                    advance()
                    args.append(Argument(label: label, value: try parseExpression()))
                    seenNamed = true
                } else {
                    let value = try parseExpression()
                    if seenNamed {
                        throw fail("positional argument after a named argument", range: value.range,
                                   hint: "put positional arguments first")
                    }
                    args.append(Argument(label: nil, value: value))
                }
                if !match(.comma) { break }
            }
        }
        guard match(.rightParen) else {
            throw fail("expected ')' after arguments", range: SourceRange(file: file, start: callee.range.start,
                                                                        end: previous.end))
        }
        return Expr(.call(callee, args), range(from: callee.range.start))
    }

    /// `a`, `a:b`, `:`, `::2`, `a, :` ... up to (not including) `]`.
    func parseSubscripts() throws -> [Subscript] {
        var subs: [Subscript] = []
        repeat {
            if check(.rightBracket) && !subs.isEmpty { break }
            var start: Expr?
            if !check(.colon) {
                start = try parseExpression()
                if !check(.colon) {
                    if let start { subs.append(.index(start)) }
                    continue
                }
            }
            advance()  // first ':'
            var stop: Expr?, step: Expr?
            if !check(.colon), !check(.comma), !check(.rightBracket) { stop = try parseExpression() }
            if match(.colon), !check(.comma), !check(.rightBracket) { step = try parseExpression() }
            subs.append(.slice(start: start, stop: stop, step: step))
        } while match(.comma)
        if subs.isEmpty { throw expected("an index") }
        return subs
    }
}
