import Engine

/// Turns a `GraphSnapshot` into DOT text that Graphviz (library or `dot` program) accepts.
///
/// The output is deterministic: node ids come from the snapshot's counter ids (`n0`, `n1`, ...),
/// collapsed scopes and clusters are numbered in order of first appearance, and statements follow
/// the snapshot's node and edge order.
public struct DotWriter: Sendable {
    /// Drawing options.
    public var options: DotOptions

    /// Creates a writer with the given options.
    public init(options: DotOptions = DotOptions()) {
        self.options = options
    }

    /// The DOT text of `snapshot`.
    public func dot(for snapshot: GraphSnapshot) -> String {
        let plan = ScopePlan(snapshot: snapshot, options: options)
        var out = "digraph \(DotText.id(options.graphName)) {\n"
        writeDefaults(into: &out)
        writeCluster(0, plan: plan, snapshot: snapshot, depth: 1, into: &out)
        writeEdges(snapshot: snapshot, plan: plan, into: &out)
        out += "}\n"
        return out
    }

    /// Graph, node and edge defaults, so node statements only carry what differs.
    private func writeDefaults(into out: inout String) {
        let font = DotText.quoted(options.fontName)
        // Quoted, because `%g` may print an exponent (`1e+03`), which is not a DOT numeral.
        let size = DotText.quoted(DotText.number(options.fontSize))
        let small = DotText.quoted(DotText.number(max(options.fontSize - 1, 1)))
        var graph = ["rankdir=\(options.rankDirection.rawValue)", "fontname=\(font)", "fontsize=\(size)",
                     "nodesep=0.25", "ranksep=0.35", "newrank=true"]
        if let title = options.title {
            graph += ["label=\(DotText.label([title]))", "labelloc=t"]
        }
        if let prefix = options.svgIDPrefix {
            // Graphviz prefixes node and edge ids with the graph's id, but clusters would inherit
            // it unchanged, so each cluster gets its own id below.
            graph.append("id=\(DotText.quoted(prefix))")
        }
        out += "  graph [\(graph.joined(separator: ", "))];\n"
        out += "  node [shape=box, style=filled, fontname=\(font), fontsize=\(size), height=0.3, "
            + "margin=\"0.1,0.05\", color=\"#303030\", penwidth=0.8];\n"
        out += "  edge [fontname=\(font), fontsize=\(small), color=\(DotText.quoted(options.palette.edge)), "
            + "fontcolor=\(DotText.quoted(options.palette.secondaryText)), arrowsize=0.7];\n"
    }

    /// Writes the cluster's own items, then its nested clusters (`cluster_<n>` in creation order).
    ///
    /// Recursion here walks the scope tree (a few levels deep), never the autograd graph itself.
    private func writeCluster(_ index: Int, plan: ScopePlan, snapshot: GraphSnapshot, depth: Int,
                              into out: inout String) {
        let indent = String(repeating: "  ", count: depth)
        let cluster = plan.clusters[index]
        for item in cluster.items {
            switch item {
            case .node(let position):
                out += indent + nodeStatement(snapshot.nodes[position]) + "\n"
            case .collapsed(let slot):
                out += indent + collapsedStatement(plan.collapsed[slot]) + "\n"
            }
        }
        for child in cluster.children {
            let path = plan.clusters[child].path.joined(separator: ".")
            out += indent + "subgraph cluster_\(child - 1) {\n"
            var attributes = ["label=\(DotText.label([path]))", "style=\"rounded,dashed\"",
                              "color=\(DotText.quoted(options.palette.clusterBorder))",
                              "fontcolor=\(DotText.quoted(options.palette.secondaryText))", "labeljust=l"]
            if let prefix = options.svgIDPrefix {
                attributes.append("id=\(DotText.quoted("\(prefix)_cluster_\(child - 1)"))")
            }
            out += indent + "  graph [\(attributes.joined(separator: ", "))];\n"
            writeCluster(child, plan: plan, snapshot: snapshot, depth: depth + 1, into: &out)
            out += indent + "}\n"
        }
    }

    /// The statement drawing one snapshot node.
    private func nodeStatement(_ node: GraphSnapshot.Node) -> String {
        var attributes = ["label=\(DotText.label(labelLines(for: node)))",
                          "fillcolor=\(DotText.quoted(options.palette.fill(for: node.kind)))"]
        if node.kind == .op { attributes.append("style=\"rounded,filled\"") }
        return "\(ScopePlan.dotID(node.id)) [\(attributes.joined(separator: ", "))];"
    }

    /// Label lines: op name and attributes, or tensor name and shape; then value and gradient.
    private func labelLines(for node: GraphSnapshot.Node) -> [String] {
        var lines: [String]
        if node.kind == .op {
            lines = [node.label.isEmpty ? "op" : node.label]
            if options.showAttributes { lines += node.attributes }
        } else {
            lines = [tensorName(node), DotText.shape(node.shape)]
        }
        if options.showValues, let summary = node.valueSummary { lines.append(summary) }
        if options.showGradNorms, let norm = node.gradNorm { lines.append("‖grad‖=\(DotText.number(norm))") }
        return lines
    }

    /// The name shown on a tensor node; a bare parameter name (`weight`) gets its scope path.
    ///
    /// A dotted label is taken to be a full module path already: a weight shared between modules
    /// may sit in another module's scope, and prefixing that scope would misname it.
    private func tensorName(_ node: GraphSnapshot.Node) -> String {
        let name = node.label.isEmpty ? node.kind.rawValue : node.label
        guard node.kind == .parameter, options.qualifyParameterNames, !node.scope.isEmpty,
              !name.contains(".") else { return name }
        return (node.scope + [name]).joined(separator: ".")
    }

    /// The statement drawing a collapsed scope: its path and what it contains.
    private func collapsedStatement(_ scope: ScopePlan.CollapsedScope) -> String {
        var summary: [String] = []
        if scope.opCount > 0 { summary.append("\(scope.opCount) op" + (scope.opCount == 1 ? "" : "s")) }
        let params = scope.parameterCount
        summary.append("\(DotText.grouped(params)) param" + (params == 1 ? "" : "s"))
        let lines = [scope.path.joined(separator: "."), summary.joined(separator: " · ")]
        return "\(scope.dotID) [label=\(DotText.label(lines)), shape=box3d, "
            + "fillcolor=\(DotText.quoted(options.palette.collapsed))];"
    }

    /// Edge statements in snapshot order, rerouted to collapsed scopes and without duplicates.
    private func writeEdges(snapshot: GraphSnapshot, plan: ScopePlan, into out: inout String) {
        var kinds: [Int: GraphSnapshot.NodeKind] = [:]
        for node in snapshot.nodes where kinds[node.id] == nil { kinds[node.id] = node.kind }
        var seen = Set<String>()
        for edge in snapshot.edges {
            // Edges naming nodes absent from the snapshot are dropped rather than letting Graphviz
            // invent unlabelled nodes for them.
            guard let from = plan.representative[edge.from], let to = plan.representative[edge.to],
                  from != to else { continue }
            let key = "\(from)>\(to)>\(edge.isSaved)"
            guard seen.insert(key).inserted else { continue }
            var attributes: [String] = []
            if showsShape(edge, sourceKind: kinds[edge.from], sourceFolded: plan.isFolded[edge.from] ?? false) {
                attributes.append("label=\(DotText.label([" " + DotText.shape(edge.shape)]))")
            }
            if edge.isSaved {
                attributes += ["style=dashed", "color=\(DotText.quoted(options.palette.savedEdge))"]
            }
            let suffix = attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]"
            out += "  \(from) -> \(to)\(suffix);\n"
        }
    }

    /// Whether an edge gets a shape label under the `edgeShapes` option.
    private func showsShape(_ edge: GraphSnapshot.Edge, sourceKind: GraphSnapshot.NodeKind?,
                            sourceFolded: Bool) -> Bool {
        switch options.edgeShapes {
        case .none: false
        case .all: true
        case .fromOps: sourceKind == .op || sourceFolded
        }
    }
}
