/// Options for what a graph snapshot includes.
public struct SnapshotOptions: Sendable, Equatable {
    /// Attach a short summary of each live forward value.
    public var values: Bool
    /// Attach gradient norms (nodes need `backward(recordNorms: true)`; leaves use their `grad`).
    public var gradients: Bool
    /// Draw the tensors each op saved for backward.
    public var saved: Bool

    /// Creates options; everything is off by default.
    public init(values: Bool = false, gradients: Bool = false, saved: Bool = false) {
        self.values = values; self.gradients = gradients; self.saved = saved
    }
}

extension Tensor {
    /// A deterministic picture of the graph that produced this tensor (ids are counters in
    /// inputs-first order), for drawing with GraphExport.
    public func graphSnapshot(_ options: SnapshotOptions = SnapshotOptions()) -> GraphSnapshot {
        var nodes: [GraphSnapshot.Node] = []
        var edges: [GraphSnapshot.Edge] = []
        var nodeIds: [ObjectIdentifier: Int] = [:]
        var leafIds: [ObjectIdentifier: Int] = [:]

        func add(_ kind: GraphSnapshot.NodeKind, _ label: String, _ shape: [Int], _ scope: [String],
                 value: Tensor? = nil, grad: Double? = nil, attributes: [String] = []) -> Int {
            let id = nodes.count
            nodes.append(GraphSnapshot.Node(id: id, kind: kind, label: label, shape: shape, scope: scope,
                                            valueSummary: options.values ? value.map(Tensor.summary) : nil,
                                            gradNorm: options.gradients ? grad : nil, attributes: attributes))
            return id
        }

        if let root = gradNode {
            for node in Tensor.topologicalOrder(from: root).reversed() {
                var inputIds: [(Int, [Int])] = []
                for edge in node.inputs {
                    if let child = edge.node, let id = nodeIds[ObjectIdentifier(child)] {
                        inputIds.append((id, edge.shape))
                    } else if let leaf = edge.leaf {
                        let key = ObjectIdentifier(leaf)
                        let id = leafIds[key] ?? add(.parameter, leaf.name ?? "param", leaf.shape, node.scope,
                                                     value: leaf, grad: leaf.grad?.l2Norm())
                        leafIds[key] = id
                        inputIds.append((id, edge.shape))
                    } else {
                        inputIds.append((add(.input, edge.name ?? "input", edge.shape, node.scope), edge.shape))
                    }
                }
                let id = add(.op, node.op.name, node.shape, node.scope, value: node.output, grad: node.gradNorm,
                             attributes: node.op.attributes)
                nodeIds[ObjectIdentifier(node)] = id
                for (from, shape) in inputIds { edges.append(GraphSnapshot.Edge(from: from, to: id, shape: shape)) }
                if options.saved {
                    for shape in node.savedShapes {
                        let s = add(.saved, node.isFreed ? "saved (freed)" : "saved", shape, node.scope)
                        edges.append(GraphSnapshot.Edge(from: s, to: id, shape: shape, isSaved: true))
                    }
                }
            }
        }
        let out = add(.output, name ?? "output", shape, [], value: self, grad: grad?.l2Norm())
        if let root = gradNode, let rootId = nodeIds[ObjectIdentifier(root)] {
            edges.append(GraphSnapshot.Edge(from: rootId, to: out, shape: shape))
        }
        return GraphSnapshot(nodes: nodes, edges: edges)
    }

    /// `mean 0.412` for large tensors, the value itself for scalars.
    static func summary(_ t: Tensor) -> String {
        if t.count == 1 { return Tensor.formatNumber(t.contiguousData().basePointer.pointee) }
        let c = t.contiguousData()
        var s = 0.0
        for i in 0..<t.count { s += Double(c.basePointer[i]) }
        return "mean " + Tensor.formatNumber(Float(s / Double(Swift.max(t.count, 1))))
    }
}
