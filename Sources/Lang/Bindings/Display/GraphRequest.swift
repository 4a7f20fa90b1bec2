import Engine
import GraphExport

/// What `graph(...)` draws: which annotations the snapshot takes and how DOT lays them out.
/// Shared by the `graph` builtin and `Session.graphDOT`, so the CLI draws what the language does.
struct GraphRequest {
    /// What the engine's snapshot records.
    var snapshot = SnapshotOptions()
    /// How the snapshot becomes DOT; `svgIDPrefix` stays nil here (see `GraphObject`).
    var dot = DotOptions(showValues: false, showGradNorms: false)

    /// A request with forward values and/or gradient norms turned on.
    init(values: Bool = false, grads: Bool = false, saved: Bool = false) {
        snapshot = SnapshotOptions(values: values, gradients: grads, saved: saved)
        dot.showValues = values
        dot.showGradNorms = grads
    }

    /// `direction`: TB, LR, BT or RL (any case).
    static func direction(_ text: String) throws -> DotOptions.RankDirection {
        guard let d = DotOptions.RankDirection(rawValue: text.uppercased()) else {
            let all = DotOptions.RankDirection.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            throw RuntimeError("graph() argument 'direction' must be one of \(all), not \"\(text)\"")
        }
        return d
    }

    /// `collapse`: one scope path or a list of them (`"blocks.0.attn"`).
    static func collapse(_ value: Value) throws -> Set<String> {
        switch value {
        case .nil: return []
        case .string(let s): return [s]
        case .list(let l): return Set(try l.items.map { try $0.displayString("graph() argument 'collapse' item") })
        default: throw RuntimeError("graph() argument 'collapse' must be a scope path or a list of them, not \(value.typeName)")
        }
    }

    /// The tensor behind a value, or an error explaining that only tensors have graphs.
    static func tensor(_ value: Value, caller: String) throws -> Tensor {
        guard case .tensor(let t) = value else {
            throw RuntimeError("\(caller) needs a tensor, not \(value.typeName)",
                               hint: "only tensors have a computation graph, e.g. graph(loss)")
        }
        return t
    }

    /// The snapshot of `tensor`'s graph under these options.
    func snapshot(of tensor: Tensor) -> GraphSnapshot {
        tensor.graphSnapshot(snapshot)
    }
}
