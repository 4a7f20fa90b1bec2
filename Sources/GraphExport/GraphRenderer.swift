import CGraphviz
import Foundation

/// Renders DOT text through the Graphviz C library (libgvc/libcgraph), never the `dot` program.
///
/// All calls are serialised by one process-wide lock because Graphviz is not thread-safe.
/// Failures come back as `GraphExportError` carrying Graphviz's own message.
public enum GraphRenderer {
    /// The bytes of `dot` rendered as `format` with the `dot` layout; `.dot` returns the checked source.
    public static func render(dot: String, format: GraphFormat) throws(GraphExportError) -> [UInt8] {
        if format == .dot {
            try validate(dot: dot)
            return Array(dot.utf8)
        }
        return try render(dot: dot, graphvizFormat: format.rawValue).bytes
    }

    /// Renders to any Graphviz output format (`svg`, `png:cairo`, `plain`, ...) with any layout engine.
    ///
    /// Warnings are returned alongside the bytes, or thrown when `warningsAsErrors` is set.
    /// PDF creation dates are pinned to 1970 so the same DOT always gives the same bytes.
    public static func render(dot: String, graphvizFormat: String, layout: String = "dot",
                              warningsAsErrors: Bool = false) throws(GraphExportError) -> RenderResult {
        let result = try GraphvizSession.withContext { handles throws(GraphExportError) -> RenderResult in
            let gvc = handles.gvc
            let graph = try DotParser.parse(dot, discipline: handles.discipline)
            defer { agclose(graph) }
            guard gvLayout(gvc, graph, layout) == 0 else {
                throw .layout(failure(default: "layout engine '\(layout)' failed"))
            }
            defer { gvFreeLayout(gvc, graph) }
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            // On failure Graphviz may have reallocated its buffer behind `data`; freeing it could be a
            // double free, so a failed render leaks one small buffer instead.
            guard gvRenderData(gvc, graph, graphvizFormat, &data, &length) == 0, let data else {
                throw .render(format: graphvizFormat, message: failure(default: "rendering failed"))
            }
            defer { gvFreeRenderData(data) }
            let bytes = UnsafeRawBufferPointer(start: data, count: Int(length))
            let messages = GraphvizSession.messages()
            return RenderResult(bytes: Array(bytes), warnings: messages.errors + messages.warnings)
        }
        if warningsAsErrors && !result.warnings.isEmpty { throw .warnings(result.warnings) }
        if graphvizFormat.hasPrefix("pdf") {
            return RenderResult(bytes: PDFDates.pinned(result.bytes), warnings: result.warnings)
        }
        return result
    }

    /// Checks that Graphviz's parser accepts `dot`, without laying it out.
    public static func validate(dot: String) throws(GraphExportError) {
        try GraphvizSession.withContext { handles throws(GraphExportError) in
            let graph = try DotParser.parse(dot, discipline: handles.discipline)
            agclose(graph)
        }
    }

    /// `dot` rendered as SVG and trimmed to start at `<svg`, ready to paste into HTML.
    public static func inlineSVG(dot: String) throws(GraphExportError) -> String {
        let svg = String(decoding: try render(dot: dot, format: .svg), as: UTF8.self)
        guard let inline = SVGInliner.inlineReady(svg) else {
            throw .render(format: "svg", message: "output contains no <svg> element")
        }
        return inline
    }

    /// Renders `dot` in the format named by the path's extension and writes it atomically.
    ///
    /// The bytes go to a temporary file in the same directory, which is then renamed over `path`,
    /// so readers never see a half-written diagram.
    public static func write(dot: String, to path: String) throws(GraphExportError) {
        let format = try GraphFormat.forPath(path)
        let bytes = try render(dot: dot, format: format)
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .io(path: path, message: error.localizedDescription)
        }
    }

    /// Graphviz's version string (for example `2.43.0`), or nil if no context can be created.
    public static func graphvizVersion() -> String? {
        try? GraphvizSession.withContext { handles -> String? in
            gvcVersion(handles.gvc).map { String(cString: $0) }
        }
    }

    /// Output formats the loaded plugins provide (`svg`, `png`, `pdf`, ...), sorted; empty without a context.
    public static func availableFormats() -> [String] {
        let names = try? GraphvizSession.withContext { handles -> [String] in
            var count: Int32 = 0
            guard let list = gvPluginList(handles.gvc, "device", &count, nil) else { return [] }
            var names: [String] = []
            // The list owns one copy of each distinct name (Graphviz itself leaks the duplicates).
            for index in 0..<Int(count) {
                if let name = list[index] { names.append(String(cString: name)); free(name) }
            }
            free(list)
            return names
        }
        return Set(names ?? []).sorted()
    }

    /// Graphviz's error text for the call in progress, or `fallback` when it reported nothing.
    private static func failure(default fallback: String) -> String {
        let messages = GraphvizSession.messages()
        let all = messages.errors + messages.warnings
        return all.isEmpty ? fallback : all.joined(separator: "; ")
    }
}
