/// A flat list of named tensors (a model's parameters, or a list/dict of tensors a script assembled)
/// with the whole-tree operations alignment methods need: counts, deep copy, zero, lerp/EMA, load,
/// freeze and zeroGrad. Elastic Reset, frozen reference models and MRPO are built from these.
///
/// Updates write straight into each tensor's storage and never record a graph. Trees are matched
/// by path, not position, so two trees built in different orders still line up.
public struct ParameterTree {
    /// The named tensors, in order; each tensor appears once.
    public private(set) var entries: [(path: String, tensor: Tensor)]

    /// A tree over `entries`; a tensor listed twice keeps its first path (so updates apply once),
    /// and a path listed twice is an error.
    public init(_ entries: [(path: String, tensor: Tensor)]) throws {
        var seenTensors = Set<ObjectIdentifier>(), seenPaths = Set<String>()
        var kept: [(path: String, tensor: Tensor)] = []
        for e in entries {
            guard seenPaths.insert(e.path).inserted else {
                throw TensorError("parameter tree", "the path '\(e.path)' appears twice")
            }
            if seenTensors.insert(ObjectIdentifier(e.tensor)).inserted { kept.append(e) }
        }
        self.entries = kept
    }

    /// The parameters of `module` with paths relative to it (shared tensors once).
    public init(module: Module) {
        entries = module.namedParameters()
    }

    /// A tree over a plain list of tensors, with paths "0", "1", ...
    public init(tensors: [Tensor]) throws {
        try self.init(tensors.enumerated().map { (String($0.offset), $0.element) })
    }

    /// The paths, in order.
    public var paths: [String] { entries.map(\.path) }

    /// The tensors, in order.
    public var tensors: [Tensor] { entries.map(\.tensor) }

    /// Number of tensors in the tree.
    public var tensorCount: Int { entries.count }

    /// Number of scalars over all tensors.
    public var parameterCount: Int { entries.reduce(0) { $0 + $1.tensor.count } }

    /// Number of scalars in tensors that require grad.
    public var trainableParameterCount: Int {
        entries.reduce(0) { $0 + ($1.tensor.requiresGrad ? $1.tensor.count : 0) }
    }

    /// The tensor at `path`, if present.
    public subscript(path: String) -> Tensor? {
        entries.first(where: { $0.path == path })?.tensor
    }

    /// Sets each tensor's `name` to its path (for trees a script assembled by hand).
    public func assignNames() {
        for (path, t) in entries { t.name = path }
    }

    // MARK: Whole-tree updates

    /// A deep copy: fresh tensors with the same paths, values, names and `requiresGrad`, no gradients.
    public func copy() -> ParameterTree {
        let context = ModuleCopyContext()
        var out = self
        out.entries = entries.map { ($0.path, context.tensor($0.tensor)) }
        return out
    }

    /// Sets every element of every tensor to zero, in place.
    public func zero() {
        for (_, t) in entries { ParameterTree.update(t) { _ in 0 } }
    }

    /// Stops gradients for every tensor (`requiresGrad = false`), as for a frozen reference model.
    public func freeze() { for (_, t) in entries { t.requiresGrad = false } }

    /// Re-enables gradients for every tensor.
    public func unfreeze() { for (_, t) in entries { t.requiresGrad = true } }

    /// Drops every tensor's gradient.
    public func zeroGrad() { for (_, t) in entries { t.grad = nil } }

    /// In place `self = self + weight·(target − self)` for each path, like `torch.lerp(self, target, weight)`.
    public func lerp(toward target: ParameterTree, weight: Float) throws {
        let pairs = try matched(with: target, operation: "lerp", strict: true)
        for (_, mine, theirs) in pairs {
            try ParameterTree.update(mine, with: theirs) { a, b in a + weight * (b - a) }
        }
    }

    /// In place exponential moving average `self = decay·self + (1 − decay)·source` for each path.
    public func emaUpdate(from source: ParameterTree, decay: Float) throws {
        guard decay >= 0 && decay <= 1 else {
            throw TensorError("ema", "decay must be in [0, 1], got \(decay)")
        }
        let pairs = try matched(with: source, operation: "ema", strict: true)
        let keep = 1 - decay
        for (_, mine, theirs) in pairs {
            try ParameterTree.update(mine, with: theirs) { e, p in decay * e + keep * p }
        }
    }

    /// Copies the values of `source` into this tree's tensors, matched by path. Every shape is
    /// validated before anything is written, so a failed load leaves the tree untouched. With
    /// `strict`, paths missing on either side are errors; otherwise only common paths load.
    /// Returns the paths that were loaded.
    @discardableResult
    public func load(from source: ParameterTree, strict: Bool = true) throws -> [String] {
        let pairs = try matched(with: source, operation: "load", strict: strict)
        for (_, mine, theirs) in pairs { try ParameterTree.update(mine, with: theirs) { _, b in b } }
        return pairs.map(\.path)
    }

    /// Pairs each of this tree's tensors with the source's tensor at the same path, checking shapes;
    /// errors name the first mismatching path and both shapes.
    private func matched(with other: ParameterTree, operation: String, strict: Bool) throws -> [(path: String, mine: Tensor, source: Tensor)] {
        var byPath: [String: Tensor] = [:]
        for (p, t) in other.entries { byPath[p] = t }
        var pairs: [(path: String, mine: Tensor, source: Tensor)] = []
        for (path, t) in entries {
            guard let s = byPath.removeValue(forKey: path) else {
                if strict { throw TensorError(operation, "'\(path)' is missing from the source tree") }
                continue
            }
            guard s.shape == t.shape else {
                throw TensorError(operation, "'\(path)' has shape \(formatShape(t.shape)) here but \(formatShape(s.shape)) in the source")
            }
            pairs.append((path, t, s))
        }
        if strict, let extra = other.entries.first(where: { byPath[$0.path] != nil }) {
            throw TensorError(operation, "the source has '\(extra.path)', which this tree lacks")
        }
        return pairs
    }

    // MARK: In-place element loops

    /// Applies `f` to every element of `t` in place (any layout, no graph).
    static func update(_ t: Tensor, _ f: (Float) -> Float) {
        if t.isContiguous {
            let p = t.basePointer
            for i in 0..<t.count { p[i] = f(p[i]) }
        } else {
            let base = t.storage.pointer
            t.forEachOffset { o in base[o] = f(base[o]) }
        }
    }

    /// `t[i] = f(t[i], s[i])` for every element, in place; `s` may alias `t` or be any layout.
    static func update(_ t: Tensor, with s: Tensor, _ f: (Float, Float) -> Float) throws {
        guard t.shape == s.shape else {
            throw TensorError("parameter tree", "internal: shapes \(formatShape(t.shape)) and \(formatShape(s.shape))")
        }
        // Reading a private contiguous copy of the source keeps aliasing views from reading updated values.
        let src = s.storage === t.storage ? s.copy() : s.contiguousData()
        // The copy must outlive the loops that read through its pointer.
        withExtendedLifetime(src) {
            let q = src.basePointer
            if t.isContiguous {
                let p = t.basePointer
                for i in 0..<t.count { p[i] = f(p[i], q[i]) }
            } else {
                let base = t.storage.pointer
                var i = 0
                t.forEachOffset { o in base[o] = f(base[o], q[i]); i += 1 }
            }
        }
    }
}
