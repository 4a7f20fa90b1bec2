/// Binds every variable use to a frame slot, a captured cell or a global before anything runs
/// (as jlox's Resolver does), so the interpreter never looks a name up in a dictionary.
///
/// Top-level `let` and `fn` define session globals; everything inside a block or function is
/// local. Top-level names of the whole file are declared first, so a function may call another
/// defined further down; reading a global before its definition has run is a runtime error.
final class Resolver {
    final class FunctionScope {
        let layout: FunctionLayout
        var scopes: [[String: Variable]] = []
        var loopDepth = 0
        let isScript: Bool
        var captureIndex: [ObjectIdentifier: Int] = [:]
        var upvalueCaptureIndex: [Int: Int] = [:]

        init(layout: FunctionLayout, isScript: Bool) {
            self.layout = layout
            self.isScript = isScript
        }
    }

    let globals: GlobalTable
    var resolution: Resolution
    var diagnostics: [Diagnostic] = []
    var functions: [FunctionScope] = []

    init(globals: GlobalTable) {
        self.globals = globals
        self.resolution = Resolution(script: FunctionLayout(name: "<script>"))
    }

    /// Resolves a whole program (a file or a REPL input).
    static func resolve(_ program: Program, globals: GlobalTable) -> (Resolution, [Diagnostic]) {
        let r = Resolver(globals: globals)
        r.functions = [FunctionScope(layout: r.resolution.script, isScript: true)]
        declareTopLevel(program, globals: globals)
        for stmt in program.statements { r.resolve(stmt) }
        r.resolution.script.assignStorage()
        return (r.resolution, r.diagnostics)
    }

    /// Declares (without defining) the globals a program's top level defines, so code anywhere
    /// in it, or in files it imports, can refer to them.
    static func declareTopLevel(_ program: Program, globals: GlobalTable) {
        for stmt in program.statements {
            switch stmt.kind {
            case .letBinding(let name, _): globals.declare(name.name)
            case .function(let decl): if let name = decl.name { globals.declare(name.name) }
            default: break
            }
        }
    }

    var current: FunctionScope { functions[functions.count - 1] }
    /// True at the top level of a file, where declarations make globals.
    var atTopLevel: Bool { functions.count == 1 && current.scopes.isEmpty }

    func error(_ message: String, _ range: SourceRange, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, message, range: range, hint: hint))
    }

    // MARK: - Scopes and declarations

    func withScope(_ body: () -> Void) {
        current.scopes.append([:])
        body()
        current.scopes.removeLast()
    }

    /// Declares a name in the innermost scope (a global at the top level).
    func declare(_ name: Identifier) {
        if atTopLevel {
            resolution.declarations[name.id] = .global(globals.declare(name.name))
            return
        }
        let v = Variable(name: name.name, range: name.range)
        current.layout.variables.append(v)
        current.scopes[current.scopes.count - 1][name.name] = v
        resolution.declarations[name.id] = .local(v)
    }

    func lookupLocal(_ name: String, in f: FunctionScope) -> Variable? {
        for scope in f.scopes.reversed() {
            if let v = scope[name] { return v }
        }
        return nil
    }

    /// Finds `name` in the functions enclosing function number `index`, recording the chain
    /// of captures from where it lives down to that function.
    func resolveUpvalue(_ name: String, functionIndex index: Int) -> Int? {
        guard index > 0 else { return nil }
        let f = functions[index]
        let enclosing = functions[index - 1]
        if let v = lookupLocal(name, in: enclosing) {
            v.isCaptured = true
            if let existing = f.captureIndex[ObjectIdentifier(v)] { return existing }
            f.layout.captures.append(.enclosingLocal(v))
            f.captureIndex[ObjectIdentifier(v)] = f.layout.captures.count - 1
            return f.layout.captures.count - 1
        }
        guard let outer = resolveUpvalue(name, functionIndex: index - 1) else { return nil }
        if let existing = f.upvalueCaptureIndex[outer] { return existing }
        f.layout.captures.append(.enclosingUpvalue(outer))
        f.upvalueCaptureIndex[outer] = f.layout.captures.count - 1
        return f.layout.captures.count - 1
    }

    func lookup(_ name: String) -> VariableUse? {
        if let v = lookupLocal(name, in: current) { return .local(v) }
        if let up = resolveUpvalue(name, functionIndex: functions.count - 1) { return .upvalue(up) }
        if let g = globals[name] { return .global(g) }
        return nil
    }

    /// Every name visible here, for did-you-mean hints.
    func visibleNames() -> [String] {
        var names = Set(globals.byName.keys)
        for f in functions {
            for scope in f.scopes { names.formUnion(scope.keys) }
        }
        return Array(names)
    }

    func resolveUse(_ name: Identifier, assigning: Bool = false) {
        if let use = lookup(name.name) {
            resolution.uses[name.id] = use
            return
        }
        var hint = Suggestions.hint(for: name.name, in: visibleNames())
        if hint == nil, !assigning { hint = Parser.keywordHint(for: name.name) }
        if assigning {
            error("cannot assign to undeclared variable '\(name.name)'", name.range,
                  hint: hint ?? "declare it first with 'let \(name.name) = ...'")
        } else {
            error("undefined variable '\(name.name)'", name.range, hint: hint)
        }
    }

    // MARK: - Functions

    func resolveFunction(_ decl: FunctionDecl, name: String) {
        let layout = FunctionLayout(name: name)
        resolution.functions[decl.id] = layout
        let scope = FunctionScope(layout: layout, isScript: false)
        functions.append(scope)
        scope.scopes.append([:])
        var seen = Set<String>()
        for p in decl.parameters {
            if let d = p.defaultValue { resolve(d) }
            if !seen.insert(p.name.name).inserted {
                error("duplicate parameter '\(p.name.name)'", p.name.range)
            }
            let v = Variable(name: p.name.name, range: p.name.range)
            layout.parameters.append(v)
            layout.variables.append(v)
            scope.scopes[0][p.name.name] = v
            resolution.declarations[p.name.id] = .local(v)
        }
        resolveBlock(decl.body)
        functions.removeLast()
        layout.assignStorage()
    }
}
