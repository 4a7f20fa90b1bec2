import Plot

/// `plot(...)`: line plots of lists and tensors, drawn as SVG in notebooks and as sparklines in terminals.
extension BuiltinRegistry {
    func registerPlotBuiltins() {
        define("plot", [.required("data"), .optional("ys"), .optional("file"), .optional("title", .string("")),
                        .optional("xlabel", .string("")), .optional("ylabel", .string("")),
                        .optional("log_y", .bool(false)), .optional("logy", .bool(false)), .optional("log_x", .bool(false)),
                        .optional("smooth"), .optional("events"), .optional("scatter", .bool(false))],
               "A line plot of ys, of xs against ys, or of several named series; plot(..., \"file.svg\") also writes it.",
               doc: """
               plot(losses)   plot(steps, losses)   plot({"train": a, "val": b})   plot(xs, {"train": a, "val": b})
               plot({"dpo": [kls, rewards], "mrpo": [kls2, rewards2]}): each series with its own xs.
               Values are lists of numbers (nil leaves a gap) or 1-d tensors; NaN and infinities are skipped.
               Named options: title, xlabel, ylabel, log_y (or logy), log_x, smooth (an EMA weight such as 0.9,
               or a window such as 20), events (x positions, [x, label] pairs or {"x": .., "label": ..} dicts),
               scatter = true for dots. A last argument or file = "loss.svg" writes the SVG there.
               """) { args in
            var second = args[1], file = args[2]
            // plot(ys, "loss.svg"): a string in the ys position is the file.
            if case .string = second, file.isNil { file = second; second = .nil }
            var spec = PlotSpec(series: try Self.plotSeries(args[0], second))
            var options = PlotOptions()
            options.title = try args.string(3)
            options.xLabel = try args.string(4)
            options.yLabel = try args.string(5)
            options.logY = args.bool(6) || args.bool(7)
            options.logX = args.bool(8)
            options.smoothing = try PlotOptions.smoothing(args[9], caller: "plot()")
            options.events = try PlotOptions.events(args[10], caller: "plot()")
            options.kind = args.bool(11) ? .scatter : .line
            options.apply(to: &spec)
            let plot = PlotObject(spec)
            if !file.isNil {
                let path = try file.displayString("plot() argument 'file'")
                try plot.save(to: path, caller: "plot()")
                args.write("saved plot to \(path)\n")
            }
            return .native(plot)
        }
    }

    /// The series of `plot(first, second)`: ys; xs and ys; a dict of named ys; or xs and a dict.
    static func plotSeries(_ first: Value, _ second: Value) throws -> [PlotSeries] {
        if second.isNil {
            if case .dict(let d) = first { return try namedSeries(d, xs: nil) }
            return [PlotSeries(ys: try first.plotNumbers("plot() ys"))]
        }
        let xs = try first.plotNumbers("plot() xs")
        if case .dict(let d) = second { return try namedSeries(d, xs: xs) }
        let ys = try second.plotNumbers("plot() ys")
        try checkLengths(xs: xs, ys: ys, name: "ys")
        return [PlotSeries(xs: xs, ys: ys)]
    }

    private static func namedSeries(_ d: DictRef, xs: [Double]?) throws -> [PlotSeries] {
        guard d.count > 0 else { throw RuntimeError("plot() needs at least one series; the dict is empty") }
        return try zip(d.keys, d.values).map { key, value in
            let name: String
            switch key {
            case .string(let s): name = s
            case .number(let x): name = formatNumber(x)
            }
            // A series may carry its own x values as a pair [xs, ys] (a frontier per method, say).
            if case .list(let pair) = value, pair.items.count == 2, pair.items.allSatisfy(\.isPlotSequence) {
                let ownXs = try pair.items[0].plotNumbers("plot() series '\(name)' xs")
                let ys = try pair.items[1].plotNumbers("plot() series '\(name)' ys")
                try checkLengths(xs: ownXs, ys: ys, name: "'\(name)'")
                return PlotSeries(name: name, xs: ownXs, ys: ys)
            }
            let ys = try value.plotNumbers("plot() series '\(name)'")
            if let xs { try checkLengths(xs: xs, ys: ys, name: "'\(name)'") }
            return PlotSeries(name: name, xs: xs, ys: ys)
        }
    }

    private static func checkLengths(xs: [Double], ys: [Double], name: String) throws {
        guard xs.count == ys.count else {
            throw RuntimeError("plot(): xs has \(xs.count) value\(xs.count == 1 ? "" : "s") but \(name) has \(ys.count)",
                               hint: "xs and ys need one value per point")
        }
    }
}

extension Value {
    /// True for values `plotNumbers` reads as a sequence (lists, ranges, 1-d tensors).
    var isPlotSequence: Bool {
        switch self {
        case .list, .range: return true
        case .tensor(let t): return t.rank == 1
        default: return false
        }
    }
}
