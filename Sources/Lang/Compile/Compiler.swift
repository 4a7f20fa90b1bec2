/// Compiles a resolved syntax tree into Swift closures.
///
/// Each node becomes one closure that calls its children's closures directly: no AST walking,
/// no name lookups and no `switch` on node kinds at run time. Common shapes get dedicated
/// closures (a local or a constant operand, calls with up to three positional arguments,
/// numeric comparisons used as conditions), so the hot paths of loops and recursive calls do
/// almost nothing but arithmetic on `Value`s in the frame's slots.
///
/// Statements are compiled in one of three modes:
/// - statement mode (`stmt`): the closure returns a `Flow`;
/// - value mode (`expr`, `blockValue`): the closure returns the value; a `break`, `continue` or
///   `return` inside a block used as a value is thrown as a `ControlTransfer`;
/// - tail mode (`tail`): a function body, where the last expression's value becomes
///   `.returned(value)`, so `if` in tail position needs no throwing to return.
final class Compiler {
    unowned(unsafe) let interp: Interpreter
    let resolution: Resolution
    /// Layout of the function being compiled (its slot and cell counts place callee frames).
    var layout: FunctionLayout

    init(interpreter: Interpreter, resolution: Resolution) {
        self.interp = interpreter
        self.resolution = resolution
        self.layout = resolution.script
    }

    /// Compiles top-level code in tail mode, so a trailing expression's value is returned.
    func compileProgram(_ program: Program) -> StmtCode {
        layout = resolution.script
        return tail(program.statements)
    }

    // MARK: - Helpers

    /// The context for a call made from the current function: callee frames start past its slots.
    @inline(__always)
    static func context(_ interp: Interpreter, _ f: Frame, _ slotCount: Int, _ cellCount: Int,
                        _ site: CallSite) -> CallContext {
        CallContext(interpreter: interp, slots: f.slots + slotCount, cells: f.cells + cellCount,
                    depth: f.depth, callSite: site)
    }

    /// Closure producing the call context for the current function.
    func contextMaker(_ range: SourceRange) -> (Frame) -> CallContext {
        let interp = self.interp
        let slots = layout.slotCount, cells = layout.cellCount
        let site = CallSite(range)
        return { f in Compiler.context(interp, f, slots, cells, site) }
    }

    /// Gives an error without a location the location of `range`.
    @inline(__always)
    static func located<T>(_ range: SourceRange, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as RuntimeError {
            if e.range == nil { e.range = range }
            throw e
        }
    }

    // MARK: - Variables

    /// Storage of a resolved name, flattened to plain indices for the closures.
    enum Storage {
        case slot(Int)
        case cell(Int)
        case upvalue(Int)
        case global(Global)
    }

    func storage(_ use: VariableUse?) -> Storage? {
        switch use {
        case .local(let v)?: return v.isCaptured ? .cell(v.cell) : .slot(v.slot)
        case .upvalue(let i)?: return .upvalue(i)
        case .global(let g)?: return .global(g)
        case nil: return nil
        }
    }

    static func undefined(_ g: Global, _ range: SourceRange) -> RuntimeError {
        RuntimeError("'\(g.name)' is used before its definition has run", range: range,
                     hint: "move the definition of '\(g.name)' above this use")
    }

    func load(_ name: Identifier) -> ExprCode {
        let range = name.range
        switch storage(resolution.uses[name.id]) {
        case .slot(let s)?:
            return { f in f.slots[s] }
        case .cell(let c)?:
            return { f in f.cells[c]?.value ?? .nil }
        case .upvalue(let i)?:
            return { f in f.function?.upvalues[i].value ?? .nil }
        case .global(let g)?:
            let storage = g.storage
            return { _ in
                guard storage.pointee.isDefined else { throw Compiler.undefined(g, range) }
                return storage.pointee.value
            }
        case nil:
            // Unresolved names are resolver errors, so this code never runs.
            return { _ in throw RuntimeError("undefined variable '\(name.name)'", range: range) }
        }
    }

    /// Assignment to an existing variable.
    func store(_ name: Identifier) -> (Frame, Value) throws -> Void {
        let range = name.range
        switch storage(resolution.uses[name.id]) {
        case .slot(let s)?:
            return { f, v in f.slots[s] = v }
        case .cell(let c)?:
            return { f, v in f.cells[c]?.value = v }
        case .upvalue(let i)?:
            return { f, v in f.function?.upvalues[i].value = v }
        case .global(let g)?:
            let storage = g.storage
            return { _, v in
                guard storage.pointee.isDefined else { throw Compiler.undefined(g, range) }
                Global.assign(storage, v)
            }
        case nil:
            return { _, _ in throw RuntimeError("undefined variable '\(name.name)'", range: range) }
        }
    }

    /// Initialisation by a declaration. A captured local gets a fresh cell each time its
    /// declaration runs, so closures made in different loop iterations see different variables.
    func declare(_ name: Identifier) -> (Frame, Value) -> Void {
        switch storage(resolution.declarations[name.id]) {
        case .slot(let s)?:
            return { f, v in f.slots[s] = v }
        case .cell(let c)?:
            return { f, v in f.cells[c] = Cell(v) }
        case .upvalue(let i)?:
            return { f, v in f.function?.upvalues[i].value = v }
        case .global(let g)?:
            return { _, v in g.define(v) }
        case nil:
            return { _, _ in }
        }
    }

    /// The slot of a plain (uncaptured) local, for specialised operand access.
    func slotIndex(_ e: Expr) -> Int? {
        guard case .variable(let name) = e.kind, case .slot(let s)? = storage(resolution.uses[name.id]) else {
            return nil
        }
        return s
    }
}
