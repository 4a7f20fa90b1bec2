import Engine

extension GraphRequest {
    /// A private-use character marking names borrowed from globals for one snapshot.
    private static let marker = "\u{E000}"

    /// The snapshot of `tensor`'s graph with unnamed tensors labelled by the global variables that
    /// hold them: a trainable `w` draws as `w [2×2]` instead of `param`, and the output as `loss`.
    ///
    /// Leaf names are read when the snapshot is taken, so unnamed leaves get their global's name
    /// for exactly that long and are restored afterwards. Such a tensor belongs to the script,
    /// not to the loss term that happened to use it first, so it is drawn at the top level.
    /// Globals are visited in sorted order, so a tensor held by two names is always labelled the same.
    func snapshot(of tensor: Tensor, globals interpreter: Interpreter) -> GraphSnapshot {
        var borrowed: [Tensor] = []
        var seen = Set<ObjectIdentifier>()
        var outputName: String?
        for name in interpreter.globalNames {
            guard case .tensor(let t)? = interpreter.global(name) else { continue }
            if t === tensor, outputName == nil { outputName = name }
            guard t.name == nil, t.isLeaf, t.requiresGrad, seen.insert(ObjectIdentifier(t)).inserted else { continue }
            t.name = Self.marker + name
            borrowed.append(t)
        }
        defer { for t in borrowed { t.name = nil } }
        var picture = snapshot(of: tensor)
        for i in picture.nodes.indices {
            if picture.nodes[i].label.hasPrefix(Self.marker) {
                picture.nodes[i].label.removeFirst()
                picture.nodes[i].scope = []
            } else if picture.nodes[i].kind == .output, tensor.name == nil, let outputName {
                picture.nodes[i].label = outputName
            }
        }
        return picture
    }
}
