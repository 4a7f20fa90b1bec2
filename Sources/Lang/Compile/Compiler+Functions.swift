extension Compiler {
    /// Compiles a function declaration once; returns code that makes a closure of it,
    /// capturing the current frame's cells and closure's upvalues as the resolver planned.
    func closure(_ decl: FunctionDecl, name: String) -> ExprCode {
        guard let fnLayout = resolution.functions[decl.id] else {
            return { _ in throw RuntimeError("internal error: function was not resolved", range: decl.range) }
        }
        let saved = layout
        layout = fnLayout
        let defaults: [ExprBox?] = decl.parameters.map { p in
            guard let d = p.defaultValue else { return nil }
            return ExprBox(run: expr(d))
        }
        let body = tail(decl.body.statements)
        layout = saved
        let parameters = decl.parameters.map {
            Parameter(name: $0.name.name, defaultValue: nil, hasDefault: $0.defaultValue != nil, isVariadic: false)
        }
        let proto = FunctionProto(name: name, parameters: parameters, defaults: defaults, layout: fnLayout,
                                  body: body, range: decl.range)
        enum Source { case cell(Int), upvalue(Int) }
        let sources: [Source] = fnLayout.captures.map {
            switch $0 {
            case .enclosingLocal(let v): return .cell(v.cell)
            case .enclosingUpvalue(let i): return .upvalue(i)
            }
        }
        if sources.isEmpty {
            return { _ in .function(Function(proto: proto, upvalues: [])) }
        }
        return { f in
            var cells: [Cell] = []
            cells.reserveCapacity(sources.count)
            for s in sources {
                switch s {
                case .cell(let c):
                    // A cell is missing only if its declaration has not run; share a fresh one.
                    if let cell = f.cells[c] {
                        cells.append(cell)
                    } else {
                        let cell = Cell(.nil)
                        f.cells[c] = cell
                        cells.append(cell)
                    }
                case .upvalue(let i):
                    cells.append(f.function?.upvalues[i] ?? Cell(.nil))
                }
            }
            return .function(Function(proto: proto, upvalues: cells))
        }
    }
}
