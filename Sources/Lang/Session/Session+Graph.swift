import Engine
import GraphExport

/// Graph diagrams for front ends: `alinea graph script.aln --value loss -o out.svg` and the
/// REPL's `:graph expr file.svg` draw exactly what the language's `graph(...)` draws.
extension Session {
    /// The DOT text of the autograd graph behind `value` (deterministic, without SVG id prefixes),
    /// optionally annotated with forward values and gradient norms; throws a `RuntimeError`
    /// when `value` is not a tensor.
    public func graphDOT(of value: Value, values: Bool = false, grads: Bool = false) throws -> String {
        let tensor = try GraphRequest.tensor(value, caller: "graph()")
        let request = GraphRequest(values: values, grads: grads)
        return DotWriter(options: request.dot).dot(for: request.snapshot(of: tensor, globals: interpreter))
    }

    /// Renders the graph behind `value` into `path` in the format its extension names (.svg, .png,
    /// .pdf, .dot, .gv); Graphviz's failures come back as a `RuntimeError` carrying its message.
    public func writeGraph(of value: Value, to path: String, values: Bool = false, grads: Bool = false) throws {
        let dot = try graphDOT(of: value, values: values, grads: grads)
        do {
            try GraphRenderer.write(dot: dot, to: path)
        } catch {
            throw RuntimeError("\(error)")
        }
    }
}
