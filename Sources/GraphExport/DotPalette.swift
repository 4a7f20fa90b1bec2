import Engine

/// Colours of a diagram, as Graphviz colour strings (`#rrggbb` or X11 names).
public struct DotPalette: Sendable, Equatable {
    /// Fill of primitive op nodes (torchviz: light grey).
    public var op: String
    /// Fill of parameter nodes (torchviz: light blue).
    public var parameter: String
    /// Fill of inputs and constants, which do not require grad.
    public var input: String
    /// Fill of tensors saved for backward (torchviz: orange).
    public var saved: String
    /// Fill of the output tensor (torchviz: green).
    public var output: String
    /// Fill of a node standing for a collapsed scope.
    public var collapsed: String
    /// Stroke of ordinary data-flow edges.
    public var edge: String
    /// Stroke of the dashed edges from saved tensors to the ops that saved them.
    public var savedEdge: String
    /// Border of scope clusters.
    public var clusterBorder: String
    /// Colour of cluster captions and edge labels, quieter than node text.
    public var secondaryText: String

    /// Creates a palette; the defaults follow torchviz's colour coding.
    public init(op: String = "#d9d9d9", parameter: String = "#add8e6", input: String = "#fff8c6",
                saved: String = "#ffa500", output: String = "#caff70", collapsed: String = "#e6e0f8",
                edge: String = "#404040", savedEdge: String = "#d2691e", clusterBorder: String = "#a0a0a0",
                secondaryText: String = "#505050") {
        self.op = op; self.parameter = parameter; self.input = input; self.saved = saved
        self.output = output; self.collapsed = collapsed; self.edge = edge; self.savedEdge = savedEdge
        self.clusterBorder = clusterBorder; self.secondaryText = secondaryText
    }

    /// The fill colour for a node of the given kind.
    public func fill(for kind: GraphSnapshot.NodeKind) -> String {
        switch kind {
        case .op: op
        case .parameter: parameter
        case .input: input
        case .saved: saved
        case .output: output
        }
    }
}
