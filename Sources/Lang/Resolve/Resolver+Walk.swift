extension Resolver {
    func resolveBlock(_ block: Block) {
        withScope {
            for stmt in block.statements { resolve(stmt) }
        }
    }

    func resolve(_ stmt: Stmt) {
        switch stmt.kind {
        case .expression(let e):
            resolve(e)
        case .letBinding(let name, let value):
            // The initializer sees the previous binding of the name, not the new one.
            resolve(value)
            declare(name)
        case .assign(let target, _, let value):
            resolve(value)
            switch target {
            case .variable(let name): resolveUse(name, assigning: true)
            case .index(let base, let subs):
                resolve(base)
                resolve(subs)
            case .member(let base, _): resolve(base)
            }
        case .function(let decl):
            guard let name = decl.name else { return }
            // Declared before the body so the function can call itself.
            declare(name)
            resolveFunction(decl, name: name.name)
        case .whileLoop(let condition, let body):
            resolve(condition)
            current.loopDepth += 1
            resolveBlock(body)
            current.loopDepth -= 1
        case .forLoop(let names, let sequence, let body):
            resolve(sequence)
            withScope {
                var seen = Set<String>()
                for n in names {
                    if !seen.insert(n.name).inserted { error("duplicate loop variable '\(n.name)'", n.range) }
                    let v = Variable(name: n.name, range: n.range)
                    current.layout.variables.append(v)
                    current.scopes[current.scopes.count - 1][n.name] = v
                    resolution.declarations[n.id] = .local(v)
                }
                current.loopDepth += 1
                resolveBlock(body)
                current.loopDepth -= 1
            }
        case .breakLoop, .continueLoop:
            if current.loopDepth == 0 {
                let word = { if case .breakLoop = stmt.kind { return "break" }; return "continue" }()
                error("'\(word)' outside a loop", stmt.range)
            }
        case .returnValue(let value):
            if let value { resolve(value) }
            if current.isScript {
                error("'return' outside a function", stmt.range)
            }
        case .importFile:
            if !atTopLevel {
                error("'import' is only allowed at the top level of a file", stmt.range)
            }
        }
    }

    func resolve(_ subs: [Subscript]) {
        for s in subs {
            switch s {
            case .index(let e): resolve(e)
            case .slice(let a, let b, let c):
                if let a { resolve(a) }
                if let b { resolve(b) }
                if let c { resolve(c) }
            }
        }
    }

    func resolve(_ expr: Expr) {
        switch expr.kind {
        case .number, .string, .bool, .nil:
            break
        case .interpolation(let parts):
            for case .expr(let e) in parts { resolve(e) }
        case .variable(let name):
            resolveUse(name)
        case .list(let items):
            for e in items { resolve(e) }
        case .dict(let entries):
            for entry in entries {
                resolve(entry.key)
                resolve(entry.value)
            }
        case .unary(_, let e):
            resolve(e)
        case .binary(_, let a, let b), .logical(_, let a, let b):
            resolve(a)
            resolve(b)
        case .call(let callee, let args):
            resolve(callee)
            var seen = Set<String>()
            for arg in args {
                if let label = arg.label, !seen.insert(label.name).inserted {
                    error("argument '\(label.name)' is given twice", label.range)
                }
                resolve(arg.value)
            }
        case .index(let base, let subs):
            resolve(base)
            resolve(subs)
        case .member(let base, _):
            resolve(base)
        case .function(let decl):
            // A closure body does not inherit the enclosing loop (no `break` across functions).
            resolveFunction(decl, name: "<closure>")
        case .conditional(let chain):
            for (condition, body) in chain.branches {
                resolve(condition)
                resolveBlock(body)
            }
            if let e = chain.elseBody { resolveBlock(e) }
        case .block(let block), .noGrad(let block):
            resolveBlock(block)
        }
    }
}
