import Plot

/// `progress(...)` for loops and `history()` for recorded metrics.
extension BuiltinRegistry {
    func registerProgressBuiltins() {
        define("progress", [.optional("iterable"), .optional("total"), .optional("every"),
                            .optional("label", .string("progress"))],
               "Loops over iterable while showing progress: for step in progress(range(n)) { ... }.",
               doc: """
               A terminal shows a bar with count, rate, ETA and the latest metrics; notebooks and logs get a plain
               line every `every` percent (10 by default). Show metrics with p.log({"loss": loss}):
                   let p = progress(range(100))
                   for step in p { ...; p.log({"loss": loss}) }
               Without an iterable, progress(total = n) is driven by p.update() or p.log(...) once per step.
               """) { args in
            let source = args[0]
            var total = try Self.progressCount(source, interpreter: args.interpreter)
            if !args.isNil(1) {
                let n = try args.integer(1)
                guard n >= 0 else { throw RuntimeError("progress() argument 'total' must be 0 or more, not \(n)") }
                total = n
            }
            var style = DisplaySettings.progressStyle
            if !args.isNil(2), case .plain = style {
                let every = try args.integer(2)
                guard (1...100).contains(every) else {
                    throw RuntimeError("progress() argument 'every' is a percentage from 1 to 100, not \(every)")
                }
                style = .plain(everyPercent: every)
            }
            return .native(ProgressObject(source: source, total: total, style: style, timings: DisplaySettings.timings,
                                          label: try args.string(3), interpreter: args.interpreter))
        }
    }

    func registerHistoryBuiltins() {
        define("history", [], "A metric history: h.record(step, {\"loss\": loss}), h.plot(), h.table(), h[\"loss\"].",
               doc: "h.event(step, \"reset\") marks events that h.plot() draws as dashed lines; h.last(\"loss\") is the latest value.") { _ in
            .native(HistoryObject())
        }
    }

    /// The number of elements of a progress source without materialising ranges and lists.
    static func progressCount(_ source: Value, interpreter: Interpreter) throws -> Int? {
        switch source {
        case .nil: return nil
        case .range(let r): return r.count
        case .list(let l): return l.items.count
        case .dict(let d): return d.count
        case .string(let s): return s.count
        case .tensor(let t):
            guard let first = t.shape.first else { throw RuntimeError("progress() cannot loop over a 0-d tensor") }
            return first
        default:
            return try interpreter.elements(of: source).count
        }
    }
}
