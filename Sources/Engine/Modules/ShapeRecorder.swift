/// Collects the output shape of every module forward while a model summary runs a sample input.
///
/// A process-wide slot (like the autograd scope stack) because the interpreter is single-threaded
/// and threading a recorder through every `forward` signature would burden each layer.
final class ShapeRecorder {
    nonisolated(unsafe) static var current: ShapeRecorder?

    /// Last output shape per module identity (a module called twice keeps its last call).
    private(set) var shapes: [ObjectIdentifier: [Int]] = [:]
    // Holds the modules so identities stay unique while recording.
    private var modules: [Module] = []

    func record(_ module: Module, _ shape: [Int]) {
        if shapes.updateValue(shape, forKey: ObjectIdentifier(module)) == nil { modules.append(module) }
    }

    /// Runs `body` with this recorder installed, restoring the previous one afterwards.
    func recording<T>(_ body: () throws -> T) rethrows -> T {
        let previous = ShapeRecorder.current
        ShapeRecorder.current = self
        defer { ShapeRecorder.current = previous }
        return try body()
    }
}
