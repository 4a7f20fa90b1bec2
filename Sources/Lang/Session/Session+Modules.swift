import Foundation

extension Session {
    /// Parses, resolves and compiles a source, preparing the files it imports first (so their
    /// top-level names are known to the resolver).
    func prepare(_ source: SourceFile) -> Result<CompiledProgram, PrepareFailure> {
        let parsed = Parser.parse(source)
        if !parsed.diagnostics.isEmpty {
            return .failure(PrepareFailure(diagnostics: parsed.diagnostics, isIncomplete: parsed.isIncomplete))
        }
        let program = parsed.program
        Resolver.declareTopLevel(program, globals: interpreter.globals)
        var diagnostics = prepareImports(program, source)
        let (resolution, resolveDiagnostics) = Resolver.resolve(program, globals: interpreter.globals)
        diagnostics += resolveDiagnostics
        if !diagnostics.isEmpty {
            return .failure(PrepareFailure(diagnostics: diagnostics, isIncomplete: false))
        }
        let body = Compiler(interpreter: interpreter, resolution: resolution).compileProgram(program)
        var endsWithExpression = false
        if case .expression? = program.statements.last?.kind { endsWithExpression = true }
        return .success(CompiledProgram(body: body, layout: resolution.script, file: source,
                                        endsWithExpression: endsWithExpression,
                                        endsWithSemicolon: program.endsWithSemicolon))
    }

    func prepareImports(_ program: Program, _ source: SourceFile) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for stmt in program.statements {
            guard case .importFile(let path) = stmt.kind else { continue }
            let full = Session.canonicalPath(path, relativeTo: source.directory)
            if modules[full] != nil { continue }  // prepared, running (a cycle) or already run
            let bytes: [UInt8]
            do {
                bytes = try fileLoader(full)
            } catch {
                diagnostics.append(Diagnostic(.error, "cannot import '\(path)': file not found", range: stmt.range,
                                              hint: "looked for \(full)"))
                continue
            }
            let module = Module(state: .preparing)
            modules[full] = module
            let file = SourceFile(name: Session.displayName(path, importer: source), bytes: bytes, path: full)
            switch prepare(file) {
            case .failure(let failure):
                diagnostics += failure.diagnostics
                modules[full] = nil  // retry after the file is fixed
            case .success(let compiled):
                module.state = .prepared(compiled)
            }
        }
        return diagnostics
    }

    /// Runs an imported file the first time an `import` of it executes.
    func runImport(_ path: String, site: SourceRange, _ ctx: CallContext) throws {
        let full = Session.canonicalPath(path, relativeTo: site.file.directory)
        guard let module = modules[full] else {
            throw RuntimeError("cannot import '\(path)': it was not loaded", range: site)
        }
        guard case .prepared(let program) = module.state else { return }
        module.state = .running
        do {
            let inner = CallContext(interpreter: interpreter, slots: ctx.slots, cells: ctx.cells,
                                    depth: ctx.depth + 1, callSite: ctx.callSite)
            _ = try runTopLevel(program, inner)
            module.state = .done
        } catch let e as RuntimeError {
            modules[full] = nil
            e.unwind(callee: "<module \(program.file.name)>", site: site)
            throw e
        }
    }

    /// An absolute path with `.` and `..` resolved; relative paths start at `directory`
    /// (the importing file's) or the working directory.
    static func canonicalPath(_ path: String, relativeTo directory: String?) -> String {
        let base = directory ?? FileManager.default.currentDirectoryPath
        let full = path.hasPrefix("/") ? path : base + "/" + path
        return URL(fileURLWithPath: full).standardizedFileURL.path
    }

    /// How diagnostics name an imported file: its path as seen from the importer's name.
    static func displayName(_ path: String, importer: SourceFile) -> String {
        guard !path.hasPrefix("/"), let slash = importer.name.lastIndex(of: "/") else { return path }
        return String(importer.name[...slash]) + path
    }
}
