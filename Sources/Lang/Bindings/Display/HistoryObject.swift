import Plot

/// The value of `history()`: metrics a training loop records step by step (`h.record(step,
/// {"loss": loss})`), plus events such as resets, that can plot and tabulate itself.
final class HistoryObject: NativeObject {
    /// The recorded metrics and events.
    var history = MetricHistory()

    var typeName: String { "History" }

    /// One line: each metric's count and last value, then the number of events.
    var description: String {
        let metrics = history.names.map { name -> String in
            let points = history.points(name)
            let last = points.last.map { " last " + NumberFormatting.significant($0.value, digits: 4) } ?? ""
            return "\(name): \(points.count) value\(points.count == 1 ? "" : "s")\(last)"
        }
        let events = history.events.isEmpty ? [] : ["\(history.events.count) event\(history.events.count == 1 ? "" : "s")"]
        let parts = metrics + events
        return "<History " + (parts.isEmpty ? "empty" : parts.joined(separator: "; ")) + ">"
    }

    /// Records `value` for `name` at `step`.
    func record(step: Double, name: String, value: Value) throws {
        history.record(step: step, name: name, value: try value.metricNumber("history metric '\(name)'"))
    }

    /// The points of a recorded metric, or an error suggesting the known names.
    func points(_ name: String) throws -> [MetricPoint] {
        let points = history.points(name)
        guard points.isEmpty else { return points }
        let known = history.names
        throw RuntimeError("the history has no metric '\(name)'",
                           hint: Suggestions.hint(for: name, in: known)
                               ?? (known.isEmpty ? "nothing has been recorded yet"
                                   : "recorded metrics: " + known.map { "'\($0)'" }.joined(separator: ", ")))
    }

    var memberNames: [String] { Self.methods.keys.sorted() + ["events", "names"] }

    func attribute(_ name: String) throws -> Value? {
        switch name {
        case "names": return .list(history.names.map { .string($0) })
        case "events":
            return .list(history.events.map {
                .dict(DictRef([(.string("x"), .number($0.x)), (.string("label"), .string($0.label))]))
            })
        default: return nil
        }
    }

    /// `h["loss"]`: the metric's values, oldest first.
    func index(_ components: [IndexComponent]) throws -> Value? {
        guard components.count == 1, case .index(let key) = components[0] else {
            throw RuntimeError("a history is indexed by one metric name: h[\"loss\"]")
        }
        let name = try key.displayString("history index")
        return .list(try points(name).map { .number($0.value) })
    }

    func method(_ name: String) -> Builtin? { Self.methods[name] }

    /// Shared by every history; builtins are immutable once built, so sharing them is safe.
    nonisolated(unsafe) static let methods: [String: Builtin] = Dictionary(
        uniqueKeysWithValues: HistoryObject.makeMethods().map { ($0.name, $0) })
}
