import Foundation

/// The entry point for running Alinea: the REPL, the command line and notebooks each hold one.
///
/// A session keeps its globals across `run` calls (REPL lines, notebook cells) and after
/// errors. Each run parses, resolves, compiles and executes on a big-stack thread (`BigStack`)
/// while the calling thread waits, so `run` is synchronous and must not be called from two
/// threads at once. Output goes to `output`, never to the process's stdout.
public final class Session {
    /// The interpreter: globals, builtin registry and hooks.
    public let interpreter: Interpreter
    /// Reads a file for `import` and `runFile` (replaceable for tests and virtual files).
    public var fileLoader: (String) throws -> [UInt8] = { path in
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RuntimeError("cannot read '\(path)'")
        }
        return [UInt8](data)
    }

    var modules: [String: Module] = [:]

    /// Creates a session writing program output to `output`, then runs the prelude sources
    /// (see `loadPrelude`).
    public init(output: @escaping (String) -> Void = { _ in }, prelude: [SourceFile] = []) {
        interpreter = Interpreter()
        interpreter.output = output
        for builtin in interpreter.registry.functions.values {
            interpreter.define(builtin.name, .builtin(builtin))
        }
        for (name, value) in BuiltinRegistry.constants { interpreter.define(name, value) }
        Interrupt.prepare()
        interpreter.importer = { [unowned self] path, site, ctx in
            try self.runImport(path, site: site, ctx)
        }
        _ = loadPrelude(prelude)
    }

    deinit {
        // Values may nest deeply (a long linked list built in Alinea); release them on a big
        // stack, since deallocation recurses through the nesting.
        let globals = interpreter.globals
        BigStack.run { globals.clearValues() }
    }

    /// Where `print` writes.
    public var output: (String) -> Void {
        get { interpreter.output }
        set { interpreter.output = newValue }
    }

    /// Runs prelude files in order (their definitions become globals); returns their errors.
    public func loadPrelude(_ sources: [SourceFile]) -> [Diagnostic] {
        sources.flatMap { run($0).diagnostics }
    }

    /// Runs Alinea source text.
    public func run(_ code: String, name: String = "<input>") -> RunResult {
        run(SourceFile(name: name, text: code))
    }

    /// Reads and runs a file; imports inside it resolve relative to its directory.
    public func runFile(path: String) -> RunResult {
        let full = Session.canonicalPath(path, relativeTo: nil)
        let bytes: [UInt8]
        do {
            bytes = try fileLoader(full)
        } catch {
            return RunResult(value: nil, diagnostics: [Diagnostic(.error, "cannot read file '\(path)'", range: nil)],
                             isIncomplete: false)
        }
        if modules[full] == nil { modules[full] = Module(state: .running) }
        defer { modules[full]?.state = .done }
        return run(SourceFile(name: path, bytes: bytes, path: full))
    }

    /// Parses, resolves, compiles and runs one source (a file, a REPL input or a cell).
    public func run(_ source: SourceFile) -> RunResult {
        guard !interpreter.isRunning else {
            return RunResult(value: nil, diagnostics: [Diagnostic(.error, "the session is already running code",
                                                                  range: nil)], isIncomplete: false)
        }
        Interrupt.clear()
        return BigStack.run { execute(source) }
    }

    /// Syntax and resolution errors of a source, without running it. (Top-level names it
    /// declares stay declared, though undefined, in the session.)
    public func check(_ source: SourceFile) -> [Diagnostic] {
        BigStack.run {
            switch prepare(source) {
            case .failure(let diagnostics): return diagnostics.diagnostics
            case .success: return []
            }
        }
    }

    /// True when `source` is incomplete input (open bracket, trailing operator...): a REPL
    /// should read another line before running it.
    public static func isIncomplete(_ source: String) -> Bool {
        BigStack.run { Parser.isIncomplete(source) }
    }

    /// Names of all defined globals (builtins, prelude and user definitions), sorted.
    public func globalNames() -> [String] { interpreter.globalNames }

    /// The value of a defined global.
    public func value(of name: String) -> Value? { interpreter.global(name) }

    /// Defines or replaces a global (for example `_` after a REPL input).
    public func define(_ name: String, _ value: Value) { interpreter.define(name, value) }

    /// Registers a builtin function as a global.
    public func register(_ builtin: Builtin) { interpreter.register(builtin) }

    /// Attribute and method names of a value (for completion after a dot).
    public func members(of value: Value) -> [String] { interpreter.registry.memberNames(of: value) }

    /// The language's keywords (for completion).
    public static var keywords: [String] { TokenKind.keywords.keys.sorted() }

    // MARK: - Running

    func execute(_ source: SourceFile) -> RunResult {
        interpreter.isRunning = true
        defer { interpreter.isRunning = false }
        let compiled: CompiledProgram
        switch prepare(source) {
        case .failure(let failure):
            return RunResult(value: nil, diagnostics: failure.diagnostics, isIncomplete: failure.isIncomplete)
        case .success(let c):
            compiled = c
        }
        do {
            let flow = try runTopLevel(compiled, interpreter.baseContext)
            var value: Value?
            if compiled.endsWithExpression, !compiled.endsWithSemicolon, case .returned(let v) = flow { value = v }
            return RunResult(value: value, diagnostics: [], isIncomplete: false)
        } catch let e as RuntimeError {
            return RunResult(value: nil, diagnostics: [e.diagnostic], isIncomplete: false)
        } catch {
            return RunResult(value: nil, diagnostics: [Diagnostic(.error, "\(error)", range: nil)], isIncomplete: false)
        }
    }

    /// Runs compiled top-level code in a frame starting at `ctx`.
    func runTopLevel(_ program: CompiledProgram, _ ctx: CallContext) throws -> Flow {
        let slots = program.layout.slotCount, cells = program.layout.cellCount
        try interpreter.checkRoom(ctx, slots: slots, cells: cells)
        ctx.slots.initialize(repeating: .nil, count: slots)
        ctx.cells.initialize(repeating: nil, count: cells)
        defer {
            ctx.slots.deinitialize(count: slots)
            ctx.cells.deinitialize(count: cells)
        }
        let frame = Frame(slots: ctx.slots, cells: ctx.cells, function: nil, depth: ctx.depth)
        return try program.body(frame)
    }
}
