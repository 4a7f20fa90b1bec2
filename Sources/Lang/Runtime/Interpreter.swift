import Engine
/// Runs compiled Alinea code: owns the globals, the builtin registry and the call stacks.
///
/// Locals live in two preallocated stacks (values, and cells for captured variables) so a call
/// allocates nothing. Their memory is reserved once and only touched as frames use it.
/// Everything runs on the thread that calls `Session.run`, which gives it a large native stack
/// (see `BigStack`), so `maxDepth` Alinea frames fit without overflowing the Swift stack.
public final class Interpreter {
    /// Deepest allowed nesting of Alinea calls; deeper recursion is a "stack overflow" error.
    public static let maxDepth = 10_000
    static let slotCapacity = 1 << 21
    static let cellCapacity = 1 << 19

    /// Builtin functions, methods and properties available to code run by this interpreter.
    public let registry = BuiltinRegistry()
    let globals = GlobalTable()
    let slotBase: UnsafeMutablePointer<Value>
    let slotEnd: UnsafeMutablePointer<Value>
    let cellBase: UnsafeMutablePointer<Cell?>
    let cellEnd: UnsafeMutablePointer<Cell?>

    /// Receives everything `print` writes.
    public var output: (String) -> Void = { _ in }
    /// Where `show(...)` sends rich output; front ends replace it (the default prints nothing rich).
    public var display: (RichOutput) -> Void = { _ in }
    /// Runs the body of a `no_grad { }` block; the engine binding replaces it with one that
    /// disables gradient recording around the body.
    public var noGrad: (() throws -> Value) throws -> Value = { body in try Autograd.noGrad { try body() } }
    /// The call site of calls made from Swift.
    let noSite = CallSite(nil)
    /// Runs `import "path"` (set by `Session`): the path, the importing site, where a frame may start.
    var importer: ((String, SourceRange, CallContext) throws -> Void)?

    /// Creates an interpreter with empty globals.
    public init() {
        slotBase = .allocate(capacity: Interpreter.slotCapacity)
        slotEnd = slotBase + Interpreter.slotCapacity
        cellBase = .allocate(capacity: Interpreter.cellCapacity)
        cellEnd = cellBase + Interpreter.cellCapacity
    }

    deinit {
        // Frames deinitialize their slots on exit, so nothing initialized remains here.
        slotBase.deallocate()
        cellBase.deallocate()
    }

    /// Where the first frame of a run starts.
    var baseContext: CallContext {
        CallContext(interpreter: self, slots: slotBase, cells: cellBase, depth: 0, callSite: noSite)
    }

    /// Defines (or redefines) a global.
    public func define(_ name: String, _ value: Value) {
        globals.define(name, value)
    }

    /// The value of a defined global.
    public func global(_ name: String) -> Value? {
        guard let g = globals[name], g.isDefined else { return nil }
        return g.value
    }

    /// Names of all defined globals, sorted (for completion and `:who`).
    public var globalNames: [String] { globals.definedNames }

    /// Registers a builtin function and defines it as a global.
    public func register(_ builtin: Builtin) {
        registry.register(builtin)
        define(builtin.name, .builtin(builtin))
    }

    /// True while a session is running code on this interpreter.
    public internal(set) var isRunning = false

    /// Calls a callable value from Swift with positional and named arguments, when no code is
    /// running. (Builtins call back with `Arguments.call`, which puts the frame past the caller's.)
    public func call(_ callee: Value, _ positional: [Value], named: [(String, Value)] = []) throws -> Value {
        guard !isRunning else {
            throw RuntimeError("Interpreter.call cannot be used while code is running; use Arguments.call")
        }
        isRunning = true
        defer { isRunning = false }
        return try BigStack.run {
            Result { try callGeneral(callee, positional: positional, named: named, baseContext) }
        }.get()
    }
}
