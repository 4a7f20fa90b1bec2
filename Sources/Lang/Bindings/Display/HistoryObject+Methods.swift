import Plot

extension HistoryObject {
    static func makeMethods() -> [Builtin] {
        [
            Builtin("record", [.required("step"), .optional("metrics"), .optional("value"), .keywords("named")],
                    summary: "Records metrics at a step: h.record(step, loss = l, acc = a), h.record(step, {\"loss\": l}) or h.record(step, \"loss\", l).",
                    doc: "Values are numbers or one-element tensors (a loss needs no .item()).") { args in
                let h = try args.receiverObject(HistoryObject.self)
                let step = try args[0].metricNumber("record() argument 'step'")
                switch args.isNil(1) ? args[3] : args[1] {
                case .dict(let d):
                    for (key, value) in zip(d.keys, d.values) {
                        guard case .string(let name) = key else {
                            throw RuntimeError("record(): metric names must be strings, not \(key.value.repr)")
                        }
                        try h.record(step: step, name: name, value: value)
                    }
                case .string(let name):
                    guard !args.isNil(2) else {
                        throw RuntimeError("record() needs a value after the metric name", hint: "h.record(step, \"\(name)\", value)")
                    }
                    try h.record(step: step, name: name, value: args[2])
                default:
                    throw args.typeError(1, expected: "a dict of metrics or a metric name")
                }
                return .nil
            },
            Builtin("event", [.required("step"), .optional("label", .string(""))],
                    summary: "Marks an event (a reset, an LR drop) at a step; plots draw it as a dashed line.") { args in
                let h = try args.receiverObject(HistoryObject.self)
                h.history.recordEvent(step: try args[0].metricNumber("event() argument 'step'"), label: try args.string(1))
                return .nil
            },
            Builtin("last", [.required("name")], summary: "The most recent value of a metric.") { args in
                let points = try args.receiverObject(HistoryObject.self).points(try args.string(0))
                return .number(points.last?.value ?? .nan)
            },
            Builtin("steps", [.required("name")], summary: "The steps at which a metric was recorded.") { args in
                .list(try args.receiverObject(HistoryObject.self).points(try args.string(0)).map { .number($0.step) })
            },
            Builtin("values", [.required("name")], summary: "The recorded values of a metric (same as h[name]).") { args in
                .list(try args.receiverObject(HistoryObject.self).points(try args.string(0)).map { .number($0.value) })
            },
            Builtin("plot", [.optional("metrics"), .optional("title", .string("")), .optional("smooth"),
                             .optional("log_y", .bool(false)), .optional("xlabel", .string("step")),
                             .optional("ylabel", .string("")), .optional("file")],
                    summary: "A plot of the metrics (all, one name or a list of names) against step, with events marked.") { args in
                let h = try args.receiverObject(HistoryObject.self)
                let names: [String]?
                switch args[0] {
                case .nil: names = nil
                case .string(let s): names = [s]
                case .list(let l): names = try l.items.map { try $0.displayString("plot() metric name") }
                default: throw args.typeError(0, expected: "a metric name or a list of names")
                }
                for name in names ?? [] { _ = try h.points(name) }
                var spec = h.history.plot(metrics: names, title: try args.string(1), xLabel: try args.string(4),
                                          logY: args.bool(3), smoothing: try PlotOptions.smoothing(args[2], caller: "plot()"))
                let ylabel = try args.string(5)
                if !ylabel.isEmpty { spec.yLabel = ylabel }
                let plot = PlotObject(spec)
                if !args.isNil(6) {
                    let path = try args.string(6)
                    try plot.save(to: path, caller: "plot()")
                    args.write("saved plot to \(path)\n")
                }
                return .native(plot)
            },
            Builtin("table", [], summary: "A table with each metric's count, first, last, min and max.") { args in
                let summary = try args.receiverObject(HistoryObject.self).history.summary()
                return .native(TableObject(header: summary.header, rows: summary.rows))
            },
        ]
    }
}
