import Plot

/// The value of `progress(iterable)`: loops over the iterable's elements while reporting how far
/// the loop has got, with the latest metrics (`p.log({"loss": loss})`).
///
/// Output goes through the session (`print`'s channel), styled by `DisplaySettings`: a `\r` bar
/// for terminals, or a plain line every N percent for notebooks and logs. A `for` loop counts an
/// iteration as done when it asks for the next element (see `IteratingObject`). When the
/// interpreter cannot loop lazily and uses `elements()` instead, every `log()` call counts as
/// one finished step, so a loop that logs once per step still reports correctly.
final class ProgressObject: IteratingObject {
    /// What is looped over; nil for a manual bar driven by `update()` and `log()`.
    let source: Value
    /// The number of steps, when known.
    let total: Int?
    private weak var interpreter: Interpreter?
    private let makeReporter: () -> ProgressReporter
    private var reporter: ProgressReporter
    /// Steps finished so far.
    private(set) var completed = 0
    /// The latest metrics, in the order their names first appeared.
    private(set) var metrics: [(String, Double)] = []
    /// True while a lazy iterator is counting steps (then `log()` only updates metrics).
    private var driven = false
    private var finished = false

    /// A progress over `source` (`.nil` for manual use) writing through `interpreter`'s output.
    init(source: Value, total: Int?, style: ProgressStyle, timings: Bool, label: String, interpreter: Interpreter) {
        self.source = source
        self.total = total
        self.interpreter = interpreter
        let clock = DisplaySettings.clock
        makeReporter = { ProgressReporter(total: total, style: style, timings: timings, label: label, clock: clock) }
        reporter = makeReporter()
    }

    var typeName: String { "Progress" }

    /// `<Progress 37/100 loss=0.412>`.
    var description: String {
        var text = "<Progress \(completed)" + (total.map { "/\($0)" } ?? "")
        if !metrics.isEmpty { text += " " + ProgressReporter.metricsText(metrics) }
        return text + ">"
    }

    /// Records that `n` steps are done and writes whatever the reporter says is due.
    func advance(to n: Int) {
        guard !finished else { return }
        completed = n
        emit(reporter.update(completed: n, metrics: metrics))
    }

    /// Writes the closing line (once).
    func finish() {
        guard !finished else { return }
        emit(reporter.finish(metrics: metrics))
        finished = true
        driven = false
    }

    /// Sets the latest metrics (merged by name); without a lazy loop it also counts one step.
    func log(_ values: [(String, Double)]) {
        for (name, value) in values {
            if let i = metrics.firstIndex(where: { $0.0 == name }) { metrics[i].1 = value } else { metrics.append((name, value)) }
        }
        guard !driven, !finished else { return }
        advance(to: completed + 1)
        if let total, completed >= total { finish() }
    }

    /// Starts a fresh report for another pass over the same progress object.
    private func restartIfNeeded() {
        guard finished || completed > 0 else { return }
        reporter = makeReporter()
        completed = 0
        finished = false
    }

    private func emit(_ text: String?) {
        if let text { interpreter?.output(text) }
    }

    func makeIterator() throws -> any ValueIterator {
        restartIfNeeded()
        let items: ProgressIterator.Items
        switch source {
        case .range(let r): items = .range(r)
        case .list(let l): items = .list(l)
        default: items = .values(try materialise())
        }
        driven = true
        advance(to: 0)
        return ProgressIterator(owner: self, items: items)
    }

    func elements() throws -> [Value]? {
        // Only a finished report restarts here: `len(p)` in the middle of a loop must not reset it.
        if finished { restartIfNeeded() }
        return try materialise()
    }

    private func materialise() throws -> [Value] {
        guard !source.isNil else {
            throw RuntimeError("this progress has nothing to loop over",
                               hint: "loop over progress(range(n)), or call p.update() / p.log(...) once per step")
        }
        guard let interpreter else { throw RuntimeError("the session that made this progress is gone") }
        return try interpreter.elements(of: source)
    }

    var memberNames: [String] { Self.methods.keys.sorted() + ["count", "metrics", "total"] }

    func attribute(_ name: String) throws -> Value? {
        switch name {
        case "count": return .number(Double(completed))
        case "total": return total.map { .number(Double($0)) } ?? .nil
        case "metrics": return .dict(DictRef(metrics.map { (.string($0.0), .number($0.1)) }))
        default: return nil
        }
    }

    func method(_ name: String) -> Builtin? { Self.methods[name] }

    /// Shared by every progress object; builtins are immutable once built, so sharing them is safe.
    nonisolated(unsafe) static let methods: [String: Builtin] = {
        let list = [
            Builtin("log", [.optional("metrics"), .optional("value"), .keywords("named")],
                    summary: "Shows the latest metrics: p.log(loss = l), p.log({\"loss\": l}) or p.log(\"loss\", l).",
                    doc: "Values are numbers or one-element tensors. Outside a for loop over p, each call also counts one step.") { args in
                let p = try args.receiverObject(ProgressObject.self)
                switch args.isNil(0) ? args[2] : args[0] {
                case .dict(let d):
                    p.log(try zip(d.keys, d.values).map { key, value in
                        let name = key.value.cellText
                        return (name, try value.metricNumber("log() metric '\(name)'"))
                    })
                case .string(let name):
                    p.log([(name, try args[1].metricNumber("log() metric '\(name)'"))])
                default:
                    throw args.typeError(0, expected: "a dict of metrics or a metric name")
                }
                return .nil
            },
            Builtin("update", [.optional("n", .number(1))], summary: "Counts n more steps as done (for while loops).") { args in
                let p = try args.receiverObject(ProgressObject.self)
                let n = try args.integer(0)
                guard n >= 0 else { throw RuntimeError("update() needs n >= 0, not \(n)") }
                p.advance(to: p.completed + n)
                return .nil
            },
            Builtin("close", [], summary: "Writes the final progress line (loops over p do this themselves).") { args in
                try args.receiverObject(ProgressObject.self).finish()
                return .nil
            },
        ]
        return Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0) })
    }()
}
