import Foundation
import Lang

/// The graph export shared by `alinea graph` and the REPL's `:graph`: exactly what the
/// language's `graph(...)` draws, through `Session.writeGraph(of:to:)`.
enum GraphDOT {
    /// Renders `value`'s graph into `path` (format from the extension), creating missing parent
    /// directories; throws `CLIError` when the value is not a tensor or Graphviz fails. `name`
    /// says what the value is in messages (`'loss'`).
    static func write(_ value: Value, named name: String, session: Session, to path: String) throws {
        guard case .tensor = value else {
            throw CLIError("\(name) is a \(value.typeName), not a tensor; only tensors have a computation graph")
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        do {
            try session.writeGraph(of: value, to: path)
        } catch let error as RuntimeError {
            throw CLIError(error.message)
        } catch {
            throw CLIError("cannot write the graph to \(path): \(error)")
        }
    }
}
