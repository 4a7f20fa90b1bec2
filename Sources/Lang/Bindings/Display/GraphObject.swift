import Engine
import GraphExport

/// The value of `graph(t)`: a diagram of the autograd graph behind a tensor. Notebooks draw it
/// inline as SVG; terminals show a one-line summary; `save` writes DOT, SVG, PNG or PDF.
final class GraphObject: RichDisplayable {
    /// The deterministic DOT text, without SVG id prefixes (files and `dot()` use it).
    let dot: String
    /// The DOT used for inline SVG: the same graph with ids prefixed by `idPrefix`, so several
    /// diagrams on one HTML page keep their element ids unique.
    let inlineDOT: String
    /// Numbers shown in the summary and exposed as attributes.
    let opCount: Int, parameterCount: Int, nodeCount: Int, edgeCount: Int
    private var cachedSVG: String?

    /// A diagram of `snapshot` drawn with `options`; `idPrefix` names its inline SVG ids.
    init(snapshot: GraphSnapshot, options: DotOptions, idPrefix: String) {
        var plain = options
        plain.svgIDPrefix = nil
        dot = DotWriter(options: plain).dot(for: snapshot)
        var prefixed = options
        prefixed.svgIDPrefix = idPrefix
        inlineDOT = DotWriter(options: prefixed).dot(for: snapshot)
        opCount = snapshot.nodes.filter { $0.kind == .op }.count
        parameterCount = snapshot.nodes.filter { $0.kind == .parameter }.count
        nodeCount = snapshot.nodes.count
        edgeCount = snapshot.edges.count
    }

    var typeName: String { "Graph" }

    /// `graph: 12 ops, 3 parameters (use graph(t, "file.svg") to save)`.
    var description: String {
        "graph: \(opCount) op\(opCount == 1 ? "" : "s"), \(parameterCount) parameter\(parameterCount == 1 ? "" : "s")"
            + " (use graph(t, \"file.svg\") to save)"
    }

    /// The diagram as SVG ready to inline in HTML, rendered once through Graphviz.
    func inlineSVG() throws -> String {
        if let cachedSVG { return cachedSVG }
        do {
            let svg = try GraphRenderer.inlineSVG(dot: inlineDOT)
            cachedSVG = svg
            return svg
        } catch {
            throw RuntimeError("\(error)")
        }
    }

    func richOutput() throws -> RichOutput { .svg(try inlineSVG(), fallback: description) }

    /// Writes the diagram in the format the extension names (.dot/.gv, .svg, .png, .pdf).
    func save(to path: String) throws {
        try DisplayFiles.checkDirectory(of: path)
        do {
            try GraphRenderer.write(dot: dot, to: path)
        } catch {
            throw RuntimeError("\(error)")
        }
    }

    var memberNames: [String] { Self.methods.keys.sorted() + ["edges", "nodes", "ops", "parameters"] }

    func attribute(_ name: String) throws -> Value? {
        switch name {
        case "nodes": return .number(Double(nodeCount))
        case "edges": return .number(Double(edgeCount))
        case "ops": return .number(Double(opCount))
        case "parameters": return .number(Double(parameterCount))
        default: return nil
        }
    }

    func method(_ name: String) -> Builtin? { Self.methods[name] }

    /// Shared by every graph; builtins are immutable once built, so sharing them is safe.
    nonisolated(unsafe) static let methods: [String: Builtin] = {
        let list = [
            Builtin("save", [.required("path")],
                    summary: "Writes the diagram (.svg, .png, .pdf, .dot or .gv, from the extension) and returns the path.") { args in
                let path = try args.string(0)
                try args.receiverObject(GraphObject.self).save(to: path)
                return .string(path)
            },
            Builtin("dot", [], summary: "The DOT text of the diagram (deterministic: the same graph gives the same text).") { args in
                .string(try args.receiverObject(GraphObject.self).dot)
            },
            Builtin("svg", [], summary: "The diagram as inline SVG, rendered by Graphviz.") { args in
                .string(try args.receiverObject(GraphObject.self).inlineSVG())
            },
        ]
        return Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0) })
    }()
}
