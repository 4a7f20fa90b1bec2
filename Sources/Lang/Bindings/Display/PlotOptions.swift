import Plot

/// The decorations `plot(...)` and `h.plot(...)` share, read from their named arguments.
struct PlotOptions {
    var title = ""
    var xLabel = ""
    var yLabel = ""
    var logX = false
    var logY = false
    var smoothing: PlotSmoothing?
    var events: [PlotEvent] = []
    var kind = PlotKind.line

    /// `smooth`: nil, false or 0 for none; a weight in (0, 1) for an exponential moving average;
    /// an integer ≥ 2 for a trailing window.
    static func smoothing(_ value: Value, caller: String) throws -> PlotSmoothing? {
        switch value {
        case .nil, .bool(false): return nil
        case .number(let s) where s == 0 || s == 1: return nil
        case .number(let s) where s > 0 && s < 1: return .exponential(s)
        case .number(let s) where s > 1 && s == s.rounded() && s <= 1e9: return .window(Int(s))
        default:
            throw RuntimeError("\(caller) argument 'smooth' must be an EMA weight between 0 and 1 or a window size, "
                               + "not \(value.repr)", hint: "smooth = 0.9 (exponential) or smooth = 20 (last 20 points)")
        }
    }

    /// `events`: one x, or a list whose items are x positions, `[x, label]` pairs or `{"x": .., "label": ..}` dicts.
    static func events(_ value: Value, caller: String) throws -> [PlotEvent] {
        let what = "\(caller) argument 'events'"
        switch value {
        case .nil: return []
        case .number, .tensor: return [PlotEvent(x: try value.metricNumber(what))]
        case .list(let l): return try l.items.enumerated().map { try event($1, what: "\(what)[\($0)]") }
        default: throw RuntimeError("\(what) must be a list of x positions or {\"x\": .., \"label\": ..} dicts, not \(value.typeName)")
        }
    }

    private static func event(_ item: Value, what: String) throws -> PlotEvent {
        switch item {
        case .dict(let d):
            guard let x = d[.string("x")] ?? d[.string("step")] else {
                throw RuntimeError("\(what) needs an \"x\" entry")
            }
            let label = try d[.string("label")].map { try $0.displayString("\(what) label") } ?? ""
            return PlotEvent(x: try x.metricNumber("\(what) x"), label: label)
        case .list(let pair) where pair.items.count == 2:
            return PlotEvent(x: try pair.items[0].metricNumber("\(what) x"),
                             label: try pair.items[1].displayString("\(what) label"))
        default:
            return PlotEvent(x: try item.metricNumber(what))
        }
    }

    /// Applies the options to a spec built from series.
    func apply(to spec: inout PlotSpec) {
        spec.title = title
        if !xLabel.isEmpty { spec.xLabel = xLabel }
        if !yLabel.isEmpty { spec.yLabel = yLabel }
        spec.logX = logX
        spec.logY = logY
        spec.smoothing = smoothing
        spec.events += events
        spec.kind = kind
    }
}
