/// How `DotWriter` draws a `GraphSnapshot`; the defaults give a torchviz-like top-to-bottom diagram.
public struct DotOptions: Sendable, Equatable {
    /// Direction in which data flows on the page (Graphviz `rankdir`).
    public enum RankDirection: String, Sendable, Equatable, CaseIterable {
        /// Inputs at the top, the output at the bottom (torchviz's layout).
        case topToBottom = "TB"
        /// The output at the top, inputs at the bottom.
        case bottomToTop = "BT"
        /// Inputs on the left, the output on the right.
        case leftToRight = "LR"
        /// The output on the left, inputs on the right.
        case rightToLeft = "RL"
    }

    /// Which edges carry the shape of the tensor travelling along them.
    public enum EdgeShapes: String, Sendable, Equatable, CaseIterable {
        /// No shapes on edges.
        case none
        /// Only edges leaving op nodes and collapsed clusters, whose own labels show no shape.
        case fromOps
        /// Every edge, including those leaving tensor nodes that already show their shape.
        case all
    }

    /// Name of the DOT graph; it becomes the SVG `<title>`.
    public var graphName: String
    /// Optional caption drawn above the diagram (for example the loss term's name).
    public var title: String?
    /// Prefix of the element ids in SVG output (`cell3_node1`), so several diagrams inlined in one
    /// HTML page keep their ids unique; nil leaves Graphviz's plain `node1`, `edge1`, ...
    public var svgIDPrefix: String?
    /// Layout direction.
    public var rankDirection: RankDirection
    /// Draws scopes as nested `subgraph cluster_*` boxes; when false every node sits at top level.
    public var showClusters: Bool
    /// Scope paths (components joined by `.`, like `blocks.0.attn`) drawn as one node each.
    public var collapse: Set<String>
    /// Scopes nested deeper than this are folded into one node (1 keeps `blocks` but folds `blocks.0`).
    public var maxClusterDepth: Int?
    /// Prints each node's forward value summary when the snapshot has one.
    public var showValues: Bool
    /// Prints `‖grad‖=…` when the snapshot carries a gradient norm.
    public var showGradNorms: Bool
    /// Prints op attributes (`axes=[1]`) under the primitive name.
    public var showAttributes: Bool
    /// Prefixes a bare parameter label (one without `.`) with its scope path: `weight` → `fc.weight`.
    public var qualifyParameterNames: Bool
    /// Which edges are labelled with tensor shapes.
    public var edgeShapes: EdgeShapes
    /// Font family for every label; Graphviz resolves it through fontconfig.
    public var fontName: String
    /// Font size of node labels in points (edge and cluster labels are drawn slightly smaller).
    public var fontSize: Double
    /// Fill and stroke colours.
    public var palette: DotPalette

    /// Creates options; every argument has a torchviz-like default.
    public init(graphName: String = "alinea", title: String? = nil, svgIDPrefix: String? = nil,
                rankDirection: RankDirection = .topToBottom, showClusters: Bool = true,
                collapse: Set<String> = [], maxClusterDepth: Int? = nil,
                showValues: Bool = true, showGradNorms: Bool = true, showAttributes: Bool = true,
                qualifyParameterNames: Bool = true, edgeShapes: EdgeShapes = .fromOps,
                fontName: String = "Helvetica", fontSize: Double = 10,
                palette: DotPalette = DotPalette()) {
        self.graphName = graphName; self.title = title; self.svgIDPrefix = svgIDPrefix
        self.rankDirection = rankDirection
        self.showClusters = showClusters; self.collapse = collapse; self.maxClusterDepth = maxClusterDepth
        self.showValues = showValues; self.showGradNorms = showGradNorms; self.showAttributes = showAttributes
        self.qualifyParameterNames = qualifyParameterNames; self.edgeShapes = edgeShapes
        self.fontName = fontName; self.fontSize = fontSize; self.palette = palette
    }
}
