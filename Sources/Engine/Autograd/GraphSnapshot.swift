/// A read-only, value-typed picture of an autograd graph, taken for drawing and export.
///
/// Ids are counters assigned in a deterministic traversal order (never addresses or hashes),
/// so the same computation always yields the same snapshot.
public struct GraphSnapshot: Sendable, Equatable {
    /// What a node in the picture stands for; graph exporters colour nodes by it.
    public enum NodeKind: String, Sendable, Equatable, CaseIterable {
        /// A primitive operation (add, matmul, exp, ...).
        case op
        /// A trainable leaf tensor (requires grad), usually a module parameter.
        case parameter
        /// A leaf tensor that does not require grad: data, constants, frozen weights.
        case input
        /// A tensor an op saved for its backward pass.
        case saved
        /// The tensor whose graph was asked for.
        case output
    }

    /// One node of the picture.
    public struct Node: Sendable, Equatable {
        /// Deterministic id, unique within the snapshot, assigned from 0.
        public var id: Int
        /// What the node stands for.
        public var kind: NodeKind
        /// Primitive name for op nodes (`matmul`), tensor name or `tensor` for tensor nodes.
        public var label: String
        /// Shape of the tensor the node produces or holds.
        public var shape: [Int]
        /// Module or loss-term path the node belongs to (`["blocks", "0", "attn"]`); empty at top level.
        public var scope: [String]
        /// Short text of the forward value (for example `mean 0.412`), present when values were requested.
        public var valueSummary: String?
        /// L2 norm of the gradient of the tensor, present when gradients were requested and exist.
        public var gradNorm: Double?
        /// Extra attributes of an op (for example `axes=[1]`, `exponent=2`), for labels.
        public var attributes: [String]

        /// Creates a node.
        public init(id: Int, kind: NodeKind, label: String, shape: [Int], scope: [String] = [],
                    valueSummary: String? = nil, gradNorm: Double? = nil, attributes: [String] = []) {
            self.id = id; self.kind = kind; self.label = label; self.shape = shape; self.scope = scope
            self.valueSummary = valueSummary; self.gradNorm = gradNorm; self.attributes = attributes
        }
    }

    /// A directed edge: data flows from `from` into `to`.
    public struct Edge: Sendable, Equatable {
        /// Id of the producing node.
        public var from: Int
        /// Id of the consuming node.
        public var to: Int
        /// Shape of the tensor travelling along the edge.
        public var shape: [Int]
        /// True when the edge links a saved tensor to the op that saved it (drawn dashed).
        public var isSaved: Bool

        /// Creates an edge.
        public init(from: Int, to: Int, shape: [Int], isSaved: Bool = false) {
            self.from = from; self.to = to; self.shape = shape; self.isSaved = isSaved
        }
    }

    /// Nodes in id order.
    public var nodes: [Node]
    /// Edges in a deterministic order.
    public var edges: [Edge]

    /// Creates a snapshot from nodes and edges.
    public init(nodes: [Node], edges: [Edge]) {
        self.nodes = nodes; self.edges = edges
    }
}
