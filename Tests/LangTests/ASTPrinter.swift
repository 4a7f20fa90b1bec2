@testable import Lang

/// S-expression form of a syntax tree, for precedence and shape assertions.
func sexpr(_ e: Expr) -> String {
    switch e.kind {
    case .number(let x): return formatNumber(x)
    case .string(let s): return "\"\(s)\""
    case .bool(let b): return b ? "true" : "false"
    case .nil: return "nil"
    case .interpolation(let parts):
        return "(str " + parts.map { p -> String in
            switch p {
            case .text(let t): return "\"\(t)\""
            case .expr(let e): return sexpr(e)
            }
        }.joined(separator: " ") + ")"
    case .variable(let n): return n.name
    case .list(let items): return "[" + items.map(sexpr).joined(separator: " ") + "]"
    case .dict(let entries): return "{" + entries.map { "\(sexpr($0.key)):\(sexpr($0.value))" }.joined(separator: " ") + "}"
    case .unary(let op, let x): return "(\(op.rawValue) \(sexpr(x)))"
    case .binary(let op, let a, let b): return "(\(op.rawValue) \(sexpr(a)) \(sexpr(b)))"
    case .logical(let op, let a, let b): return "(\(op.rawValue) \(sexpr(a)) \(sexpr(b)))"
    case .call(let c, let args):
        return "(call \(sexpr(c))" + args.map { a in " " + (a.label.map { "\($0.name)=" } ?? "") + sexpr(a.value) }.joined() + ")"
    case .index(let b, let subs):
        return "(index \(sexpr(b))" + subs.map { s -> String in
            switch s {
            case .index(let i): return " " + sexpr(i)
            case .slice(let a, let b, let c):
                return " " + [a, b, c].map { $0.map(sexpr) ?? "_" }.joined(separator: ":")
            }
        }.joined() + ")"
    case .member(let b, let n): return "(. \(sexpr(b)) \(n.name))"
    case .function(let d): return "(fn " + d.parameters.map(\.name.name).joined(separator: " ") + ")"
    case .conditional(let c): return "(if " + c.branches.map { sexpr($0.condition) }.joined(separator: " ")
        + (c.elseBody == nil ? "" : " else") + ")"
    case .block(let b): return "(block \(b.statements.count))"
    case .noGrad(let b): return "(no_grad \(b.statements.count))"
    }
}

/// Parses one expression statement and prints it.
func parseExpr(_ text: String) -> String {
    let r = Parser.parse(SourceFile(name: "t", text: text))
    guard r.diagnostics.isEmpty, let first = r.program.statements.first, case .expression(let e) = first.kind else {
        return "error: " + r.diagnostics.map(\.message).joined(separator: "; ")
    }
    return sexpr(e)
}
