import Engine

/// Small hand-built autograd snapshots shared by the tests.
enum SampleSnapshots {
    typealias Node = GraphSnapshot.Node
    typealias Edge = GraphSnapshot.Edge

    /// A one-block MLP with an MSE loss: nested scopes, a saved tensor, parameters with and
    /// without their module path in the label, an op with attributes, and a scalar output.
    static func mlp(annotated: Bool = false) -> GraphSnapshot {
        var nodes = [
            Node(id: 0, kind: .input, label: "x", shape: [4, 8]),
            Node(id: 1, kind: .parameter, label: "blocks.0.fc.weight", shape: [8, 16], scope: ["blocks", "0", "fc"]),
            Node(id: 2, kind: .op, label: "matmul", shape: [4, 16], scope: ["blocks", "0", "fc"]),
            Node(id: 3, kind: .parameter, label: "bias", shape: [16], scope: ["blocks", "0", "fc"]),
            Node(id: 4, kind: .op, label: "add", shape: [4, 16], scope: ["blocks", "0", "fc"]),
            Node(id: 5, kind: .op, label: "relu", shape: [4, 16], scope: ["blocks", "0"]),
            Node(id: 6, kind: .saved, label: "relu.result", shape: [4, 16], scope: ["blocks", "0"]),
            Node(id: 7, kind: .input, label: "target", shape: [4, 16]),
            Node(id: 8, kind: .op, label: "sub", shape: [4, 16], scope: ["mse"]),
            Node(id: 9, kind: .op, label: "pow", shape: [4, 16], scope: ["mse"], attributes: ["exponent=2"]),
            Node(id: 10, kind: .op, label: "mean", shape: [], scope: ["mse"], attributes: ["axes=[0, 1]"]),
            Node(id: 11, kind: .output, label: "loss", shape: []),
        ]
        if annotated {
            nodes[1].gradNorm = 0.0312
            nodes[3].gradNorm = 0.004
            nodes[5].valueSummary = "mean 0.207"
            nodes[11].valueSummary = "0.412"
            nodes[11].gradNorm = 1
        }
        let edges = [
            Edge(from: 0, to: 2, shape: [4, 8]),
            Edge(from: 1, to: 2, shape: [8, 16]),
            Edge(from: 2, to: 4, shape: [4, 16]),
            Edge(from: 3, to: 4, shape: [16]),
            Edge(from: 4, to: 5, shape: [4, 16]),
            Edge(from: 6, to: 5, shape: [4, 16], isSaved: true),
            Edge(from: 5, to: 8, shape: [4, 16]),
            Edge(from: 7, to: 8, shape: [4, 16]),
            Edge(from: 8, to: 9, shape: [4, 16]),
            Edge(from: 9, to: 10, shape: [4, 16]),
            Edge(from: 10, to: 11, shape: []),
        ]
        return GraphSnapshot(nodes: nodes, edges: edges)
    }

    /// Labels full of characters that DOT, Graphviz's label escapes and HTML treat specially.
    static let hostileLabels = [
        "say \"hi\"",
        "back\\slash \\N \\n",
        "<script>alert('x')</script> & more",
        "two\nlines",
    ]

    /// A snapshot whose labels, attributes, scope and value summaries are all hostile text.
    static func hostile() -> GraphSnapshot {
        let nodes = [
            Node(id: 0, kind: .parameter, label: hostileLabels[0], shape: [2], scope: ["a\"b<c>"]),
            Node(id: 1, kind: .op, label: hostileLabels[2], shape: [2], scope: ["a\"b<c>"],
                 attributes: [hostileLabels[1]]),
            Node(id: 2, kind: .output, label: hostileLabels[3], shape: [2], valueSummary: "x}\"; y -> z"),
        ]
        let edges = [Edge(from: 0, to: 1, shape: [2]), Edge(from: 1, to: 2, shape: [2])]
        return GraphSnapshot(nodes: nodes, edges: edges)
    }
}
