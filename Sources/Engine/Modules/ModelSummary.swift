/// A torchinfo-style table of a model: every module with its type, the output shape it produced on
/// a sample input, and its parameter count, with trainable and frozen totals.
public struct ModelSummary: CustomStringConvertible {
    /// One module of the table.
    public struct Row: Sendable, Equatable {
        /// Dotted path from the summarised module ("" for the module itself).
        public var path: String
        /// The module's own name (the last path component, or the type for the root).
        public var name: String
        /// The module's type name.
        public var typeName: String
        /// Nesting depth (0 for the root).
        public var depth: Int
        /// Shape of the module's output on the sample input, nil when the forward pass did not call it.
        public var outputShape: [Int]?
        /// Scalars in parameters first registered in this module's subtree (a tied weight counts once, where it first appears).
        public var parameterCount: Int
        /// True when the subtree also uses parameters first registered elsewhere (tied weights).
        public var sharesParameters: Bool
    }

    /// The rows in pre-order (parents before children, children in registration order).
    public let rows: [Row]
    /// Shape of the sample input.
    public let inputShape: [Int]
    /// Total scalars over distinct parameters.
    public let totalParameters: Int
    /// Scalars in parameters that require grad.
    public let trainableParameters: Int
    /// Scalars in frozen parameters.
    public var nonTrainableParameters: Int { totalParameters - trainableParameters }

    /// Runs `input` through `module` once (no graph, dropout off, modes restored, no random draws)
    /// and records every submodule's output shape.
    public init(module: Module, input: Tensor) throws {
        let recorder = ShapeRecorder()
        let modes = module.namedModules().map { ($0.module, $0.module.isTraining) }
        module.eval()
        defer { for (m, on) in modes { m.setLocalTraining(on) } }
        _ = try recorder.recording { try Autograd.noGrad { try module.forward(input) } }

        let named = module.namedParameters()
        var firstPath: [ObjectIdentifier: String] = [:]
        for (p, t) in named { firstPath[ObjectIdentifier(t)] = p }
        var rows: [Row] = []
        for (path, m) in module.namedModules() {
            var own = 0, shares = false
            let prefix = path.isEmpty ? "" : path + "."
            for (_, t) in m.namedParameters() {
                let first = firstPath[ObjectIdentifier(t)] ?? ""
                if path.isEmpty || first.hasPrefix(prefix) { own += t.count } else { shares = true }
            }
            let depth = path.isEmpty ? 0 : path.split(separator: ".").count
            let name = path.isEmpty ? m.typeName : String(path.split(separator: ".").last ?? "")
            rows.append(Row(path: path, name: name, typeName: m.typeName, depth: depth,
                            outputShape: recorder.shapes[ObjectIdentifier(m)], parameterCount: own, sharesParameters: shares))
        }
        self.rows = rows
        self.inputShape = input.shape
        self.totalParameters = named.reduce(0) { $0 + $1.tensor.count }
        self.trainableParameters = named.reduce(0) { $0 + ($1.tensor.requiresGrad ? $1.tensor.count : 0) }
    }

    /// The table as text, with tree lines, aligned columns and totals.
    public var description: String {
        let labels = treeLabels()
        let shapes = rows.map { $0.outputShape.map(formatShape) ?? "--" }
        let counts = rows.map { ModelSummary.grouped($0.parameterCount) + ($0.sharesParameters ? " (tied)" : "") }
        let header = ("Layer (type)", "Output shape", "Param #")
        let w0 = ([header.0] + labels).map(\.count).max() ?? 0
        let w1 = ([header.1] + shapes).map(\.count).max() ?? 0
        let w2 = ([header.2] + counts).map(\.count).max() ?? 0
        func line(_ a: String, _ b: String, _ c: String) -> String {
            let left = pad(a, w0) + "  " + pad(b, w1) + "  " + String(repeating: " ", count: w2 - c.count) + c
            return String(left.reversed().drop(while: { $0 == " " }).reversed())
        }
        let rule = String(repeating: "=", count: w0 + w1 + w2 + 4)
        var out = [rule, line(header.0, header.1, header.2), rule]
        for i in rows.indices { out.append(line(labels[i], shapes[i], counts[i])) }
        out.append(rule)
        out.append("Input shape: \(formatShape(inputShape))")
        out.append("Total params: \(ModelSummary.grouped(totalParameters))")
        out.append("Trainable params: \(ModelSummary.grouped(trainableParameters))")
        out.append("Non-trainable params: \(ModelSummary.grouped(nonTrainableParameters))")
        out.append(rule)
        return out.joined(separator: "\n")
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: Swift.max(0, width - s.count))
    }

    /// `├─ name (Type)` labels with `│` guides, computed from which rows are last among their siblings.
    private func treeLabels() -> [String] {
        var labels: [String] = []
        for (i, row) in rows.enumerated() {
            if row.depth == 0 { labels.append(row.name); continue }
            var prefix = ""
            for level in 1..<row.depth { prefix += hasLaterSibling(after: i, atDepth: level) ? "│  " : "   " }
            let isLast = !hasLaterSibling(after: i, atDepth: row.depth)
            labels.append(prefix + (isLast ? "└─ " : "├─ ") + "\(row.name) (\(row.typeName))")
        }
        return labels
    }

    /// Whether a row at `depth` follows row `i` before the tree climbs above `depth`.
    private func hasLaterSibling(after i: Int, atDepth depth: Int) -> Bool {
        var j = i + 1
        while j < rows.count {
            if rows[j].depth < depth { return false }
            if rows[j].depth == depth { return true }
            j += 1
        }
        return false
    }

    /// 1234567 → "1,234,567".
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }
}
