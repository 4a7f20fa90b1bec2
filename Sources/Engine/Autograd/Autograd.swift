/// Global recording state: grad mode, the naming scope for graph clusters, and node creation.
///
/// These are process-wide because the interpreter is single-threaded; they are `nonisolated(unsafe)`
/// on purpose (no locks on the per-op hot path), and tests run serially under XCTest.
public enum Autograd {
    nonisolated(unsafe) static var recordingDisabledDepth = 0
    nonisolated(unsafe) static var scopeStack: [String] = []
    nonisolated(unsafe) static var nodeCounter = 0

    /// Whether operations are currently recorded (false inside `noGrad`).
    public static var isRecording: Bool { recordingDisabledDepth == 0 }

    /// Runs `body` without recording any operation, like `torch.no_grad()`.
    public static func noGrad<T>(_ body: () throws -> T) rethrows -> T {
        recordingDisabledDepth += 1
        defer { recordingDisabledDepth -= 1 }
        return try body()
    }

    /// Runs `body` with `name` appended to the scope path, so nodes created inside draw as one cluster.
    public static func withScope<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        scopeStack.append(name)
        defer { scopeStack.removeLast() }
        return try body()
    }

    /// The current scope path.
    public static var currentScope: [String] { scopeStack }

    /// Enters a scope without a closure (the interpreter pairs it with `popScope`).
    public static func pushScope(_ name: String) { scopeStack.append(name) }
    /// Leaves the innermost scope entered with `pushScope`.
    public static func popScope() { if !scopeStack.isEmpty { scopeStack.removeLast() } }

    /// Records a one-input op when recording is on and the input requires grad.
    @inline(__always)
    static func record(_ op: @autoclosure () -> OpKind, _ a: Tensor, output: Tensor, saved: @autoclosure () -> [Tensor]) {
        guard recordingDisabledDepth == 0, a.requiresGrad else { return }
        makeNode(op(), inputs: [a], output: output, saved: saved())
    }

    /// Records a two-input op when recording is on and an input requires grad.
    @inline(__always)
    static func record(_ op: @autoclosure () -> OpKind, _ a: Tensor, _ b: Tensor, output: Tensor, saved: @autoclosure () -> [Tensor]) {
        guard recordingDisabledDepth == 0, a.requiresGrad || b.requiresGrad else { return }
        makeNode(op(), inputs: [a, b], output: output, saved: saved())
    }

    /// Records a three-input op when recording is on and an input requires grad.
    @inline(__always)
    static func record(_ op: @autoclosure () -> OpKind, _ a: Tensor, _ b: Tensor, _ c: Tensor, output: Tensor,
                       saved: @autoclosure () -> [Tensor]) {
        guard recordingDisabledDepth == 0, a.requiresGrad || b.requiresGrad || c.requiresGrad else { return }
        makeNode(op(), inputs: [a, b, c], output: output, saved: saved())
    }

    /// Records an op over any number of inputs when recording is on and an input requires grad.
    static func record(_ op: @autoclosure () -> OpKind, inputs: [Tensor], output: Tensor, saved: @autoclosure () -> [Tensor]) {
        guard recordingDisabledDepth == 0, inputs.contains(where: \.requiresGrad) else { return }
        makeNode(op(), inputs: inputs, output: output, saved: saved())
    }

    // Kept out of line so the inlined checks above stay small on the no-grad path.
    @inline(never)
    static func makeNode(_ op: OpKind, inputs: [Tensor], output: Tensor, saved: [Tensor]) {
        let edges = inputs.map { t -> GradNode.Edge in
            if let node = t.gradNode { return GradNode.Edge(node: node, leaf: nil, shape: t.shape, name: t.name) }
            if t.requiresGrad { return GradNode.Edge(node: nil, leaf: t, shape: t.shape, name: t.name) }
            return GradNode.Edge(node: nil, leaf: nil, shape: t.shape, name: t.name)
        }
        nodeCounter += 1
        let node = GradNode(op: op, inputs: edges, shape: output.shape, scope: scopeStack, saved: saved, sequence: nodeCounter)
        node.output = output
        output.gradNode = node
        output.requiresGrad = true
    }
}
