/// One recorded operation: its primitive, the edges to its inputs and the tensors it saved for backward.
///
/// After backward the saved tensors are released but the op, shapes, names and edges stay,
/// so the graph can still be drawn.
public final class GradNode {
    /// Where an input of the node came from.
    public struct Edge {
        /// The node that produced the input, when it was itself recorded.
        public let node: GradNode?
        /// The input itself when it is a leaf that requires grad (gradients accumulate into it).
        public let leaf: Tensor?
        /// Shape of the input.
        public let shape: [Int]
        /// Name of the input tensor, if it had one (constants are drawn with it).
        public let name: String?
        /// Whether gradients flow along this edge.
        public var needsGrad: Bool { node != nil || leaf != nil }
    }

    /// The primitive this node applied.
    public let op: OpKind
    /// One edge per input, in argument order.
    public private(set) var inputs: [Edge]
    /// Shape of the output.
    public let shape: [Int]
    /// Module or loss-term path active when the op ran, for drawing clusters.
    public let scope: [String]
    /// Tensors the derivative rule needs; emptied after backward.
    var saved: [Tensor]
    private var freedShapes: [[Int]] = []
    /// Shapes of the saved tensors, kept after they are freed so the graph can still show them.
    public var savedShapes: [[Int]] { isFreed ? freedShapes : saved.map(\.shape) }
    /// True once backward released the saved tensors.
    public private(set) var isFreed = false
    /// The output tensor while it is alive (for value annotations in graphs). Not `weak`: a weak
    /// reference allocates a side table per op; instead the tensor clears this in its deinit.
    public internal(set) unowned(unsafe) var output: Tensor?
    /// Norm of the gradient that reached this node's output in the last backward, when recorded.
    public internal(set) var gradNorm: Double?
    /// Deterministic creation counter, used to order graph snapshots.
    public let sequence: Int

    init(op: OpKind, inputs: [Edge], shape: [Int], scope: [String], saved: [Tensor], sequence: Int) {
        self.op = op
        self.inputs = inputs
        self.shape = shape
        self.scope = scope
        self.saved = saved
        self.sequence = sequence
    }

    /// The i-th saved tensor, or an error explaining that backward already freed it.
    func savedTensor(_ i: Int) throws -> Tensor {
        guard !isFreed, i < saved.count else {
            throw TensorError("backward", "the graph through '\(op.name)' was already freed by an earlier backward(); call backward(retainGraph: true) the first time to run it twice")
        }
        return saved[i]
    }

    /// Tears long chains down iteratively: releasing a 100,000-node graph recursively would overflow the stack.
    deinit {
        var pending: [GradNode] = []
        GradNode.detachChildren(of: self, into: &pending)
        while var node = pending.popLast() {
            if isKnownUniquelyReferenced(&node) {
                GradNode.detachChildren(of: node, into: &pending)
            }
        }
    }

    private static func detachChildren(of node: GradNode, into pending: inout [GradNode]) {
        for edge in node.inputs { if let child = edge.node { pending.append(child) } }
        node.inputs.removeAll()
        var saved = node.saved
        node.saved.removeAll()
        while var tensor = saved.popLast() {
            if isKnownUniquelyReferenced(&tensor), let child = tensor.gradNode {
                pending.append(child)
                tensor.gradNode = nil
            }
        }
    }

    /// Releases the saved tensors (called by backward unless the graph is retained).
    func free() {
        freedShapes = saved.map(\.shape)
        saved.removeAll()
        isFreed = true
    }
}
