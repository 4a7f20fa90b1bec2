import Plot

/// The value of `plot(...)` and `h.plot()`: a plot that notebooks draw inline as SVG and that
/// prints as sparklines (`loss ▇▆▅▄▃▂▁ min 0.41 max 2.3 last 0.41`) in terminals and the REPL.
final class PlotObject: RichDisplayable {
    /// What is drawn.
    let spec: PlotSpec

    /// Wraps a plot spec.
    init(_ spec: PlotSpec) { self.spec = spec }

    var typeName: String { "Plot" }

    /// The sparkline text; a single unnamed series borrows the y label as its name.
    var description: String {
        var shown = spec
        if shown.series.count == 1, shown.series[0].name.isEmpty { shown.series[0].name = spec.yLabel }
        return Sparkline().lines(for: shown).joined(separator: "\n")
    }

    func richOutput() -> RichOutput { .plot(spec) }

    /// The standalone SVG document (it starts at `<svg`, so it also inlines into HTML).
    var svg: String { SVGPlotRenderer().render(spec) }

    /// Writes the SVG to `path`; only `.svg` is supported because plots are drawn by hand, not by Graphviz.
    func save(to path: String, caller: String) throws {
        let ext = DisplayFiles.fileExtension(path)
        guard ext == "svg" else {
            throw RuntimeError("\(caller) writes only .svg files, not " + (ext.isEmpty ? "a path without an extension" : "'.\(ext)'"),
                               hint: "use a path ending in .svg, for example \"loss.svg\"")
        }
        try DisplayFiles.write(Array(svg.utf8), to: path)
    }

    var memberNames: [String] { Self.methods.keys.sorted() + ["series", "title"] }

    func attribute(_ name: String) throws -> Value? {
        switch name {
        case "title": return .string(spec.title)
        case "series": return .list(spec.series.map { .string($0.name) })
        default: return nil
        }
    }

    func method(_ name: String) -> Builtin? { Self.methods[name] }

    /// Shared by every plot; builtins are immutable once built, so sharing them is safe.
    nonisolated(unsafe) static let methods: [String: Builtin] = {
        let list = [
            Builtin("save", [.required("path")], summary: "Writes the plot as an SVG file and returns the path.") { args in
                let path = try args.string(0)
                try args.receiverObject(PlotObject.self).save(to: path, caller: "save()")
                return .string(path)
            },
            Builtin("svg", [], summary: "The SVG text of the plot.") { args in
                .string(try args.receiverObject(PlotObject.self).svg)
            },
            Builtin("text", [], summary: "The sparkline text the terminal shows.") { args in
                .string(try args.receiverObject(PlotObject.self).description)
            },
        ]
        return Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0) })
    }()
}
