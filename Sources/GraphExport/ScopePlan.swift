import Engine

/// Where each node of a snapshot goes in the diagram: which cluster holds it, and which nodes
/// fold into one node because their scope is collapsed.
///
/// Everything is kept in arrays in first-appearance order (dictionaries serve only as indexes),
/// so the plan, and the DOT built from it, does not depend on hash seeds.
struct ScopePlan {
    /// A scope drawn as a single node.
    struct CollapsedScope {
        /// DOT id (`s0`, `s1`, ... in order of first appearance).
        var dotID: String
        /// The scope path the node stands for.
        var path: [String]
        /// Number of snapshot nodes folded into it.
        var nodeCount = 0
        /// Number of op nodes folded into it.
        var opCount = 0
        /// Total number of scalar parameters (product of each parameter's shape).
        var parameterCount = 0
    }

    /// One thing drawn inside a cluster: a snapshot node, or a collapsed scope.
    enum Item: Equatable {
        /// Index into the snapshot's `nodes`.
        case node(Int)
        /// Index into `collapsed`.
        case collapsed(Int)
    }

    /// A cluster box; index 0 of `clusters` is the top level, which is not drawn as a box.
    struct Cluster {
        /// Scope path of the cluster.
        var path: [String]
        /// Items directly inside, in order of first appearance.
        var items: [Item] = []
        /// Indices of nested clusters, in order of first appearance.
        var children: [Int] = []
    }

    /// Clusters, root first.
    private(set) var clusters: [Cluster] = [Cluster(path: [])]
    /// Scopes folded into single nodes.
    private(set) var collapsed: [CollapsedScope] = []
    /// DOT id of the drawn node standing for each snapshot node id.
    private(set) var representative: [Int: String] = [:]
    /// Whether the snapshot node id is represented by a collapsed scope.
    private(set) var isFolded: [Int: Bool] = [:]

    private var clusterIndex: [[String]: Int] = [[]: 0]
    private var collapsedIndex: [[String]: Int] = [:]

    /// Plans the layout of `snapshot` under `options`; duplicate node ids keep their first node.
    init(snapshot: GraphSnapshot, options: DotOptions) {
        for (index, node) in snapshot.nodes.enumerated() where representative[node.id] == nil {
            let fold = Self.foldLength(of: node.scope, options: options)
            // The output is what the diagram is about, so it never disappears into a folded box.
            if let fold, node.kind != .output {
                let path = Array(node.scope.prefix(fold))
                let slot = collapsedSlot(for: path, options: options)
                collapsed[slot].nodeCount += 1
                if node.kind == .op { collapsed[slot].opCount += 1 }
                if node.kind == .parameter { collapsed[slot].parameterCount += node.shape.reduce(1, *) }
                representative[node.id] = collapsed[slot].dotID
                isFolded[node.id] = true
            } else {
                let visible = fold.map { Array(node.scope.prefix($0 - 1)) } ?? node.scope
                append(.node(index), to: options.showClusters ? visible : [])
                representative[node.id] = Self.dotID(node.id)
                isFolded[node.id] = false
            }
        }
    }

    /// DOT id of a snapshot node: `n<id>`, quoted if a producer ever hands out a negative id.
    static func dotID(_ id: Int) -> String {
        id >= 0 ? "n\(id)" : DotText.quoted("n\(id)")
    }

    /// The length of the outermost collapsed prefix of `scope`, or nil when nothing folds it.
    private static func foldLength(of scope: [String], options: DotOptions) -> Int? {
        guard !scope.isEmpty else { return nil }
        var joined = ""
        for length in 1...scope.count {
            joined += (length == 1 ? "" : ".") + scope[length - 1]
            if options.collapse.contains(joined) { return length }
            if let depth = options.maxClusterDepth, length > max(depth, 0) { return length }
        }
        return nil
    }

    /// The index of the collapsed scope for `path`, creating it (and its cluster slot) on first use.
    private mutating func collapsedSlot(for path: [String], options: DotOptions) -> Int {
        if let slot = collapsedIndex[path] { return slot }
        let slot = collapsed.count
        collapsed.append(CollapsedScope(dotID: "s\(slot)", path: path))
        collapsedIndex[path] = slot
        append(.collapsed(slot), to: options.showClusters ? Array(path.dropLast()) : [])
        return slot
    }

    /// Appends `item` to the cluster at `path`, creating missing ancestors in order.
    private mutating func append(_ item: Item, to path: [String]) {
        var parent = 0
        for length in stride(from: 1, through: path.count, by: 1) {
            let prefix = Array(path.prefix(length))
            if let existing = clusterIndex[prefix] {
                parent = existing
            } else {
                let index = clusters.count
                clusters.append(Cluster(path: prefix))
                clusters[parent].children.append(index)
                clusterIndex[prefix] = index
                parent = index
            }
        }
        clusters[parent].items.append(item)
    }
}
