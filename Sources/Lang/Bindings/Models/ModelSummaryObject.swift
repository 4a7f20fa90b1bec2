import Engine

/// The result of `model.summary(input)`: prints as the torchinfo-style table, and exposes the
/// numbers (`total`, `trainable`, `non_trainable`, `rows`, `text`) for scripts.
final class ModelSummaryObject: NativeObject {
    /// The engine summary.
    let summary: ModelSummary

    /// Wraps a summary.
    init(_ summary: ModelSummary) { self.summary = summary }

    var typeName: String { "ModelSummary" }

    /// The table itself, so printing the summary shows it.
    var description: String { summary.description }

    var memberNames: [String] { ["text", "total", "trainable", "non_trainable", "rows", "input_shape"] }

    func attribute(_ name: String) throws -> Value? {
        func n(_ x: Int) -> Value { .number(Double(x)) }
        switch name {
        case "text": return .string(summary.description)
        case "total": return n(summary.totalParameters)
        case "trainable": return n(summary.trainableParameters)
        case "non_trainable": return n(summary.nonTrainableParameters)
        case "input_shape": return .list(summary.inputShape.map(n))
        case "rows":
            return .list(summary.rows.map { row in
                .dict(DictRef([
                    (.string("path"), .string(row.path)), (.string("type"), .string(row.typeName)),
                    (.string("depth"), n(row.depth)),
                    (.string("output_shape"), row.outputShape.map { .list($0.map(n)) } ?? .nil),
                    (.string("parameters"), n(row.parameterCount)),
                ]))
            })
        default: return nil
        }
    }
}
