/// Walking a module tree: named parameters, submodules, counts and lookup by path.
extension Module {
    /// Every parameter below this module with its dotted path relative to this module
    /// (`blocks.0.attn.q.weight` on a root), in registration order; a tensor shared by several
    /// modules (tied weights) appears once, under its first path, unless `includeShared`.
    public func namedParameters(includeShared: Bool = false) -> [(path: String, tensor: Tensor)] {
        var out: [(path: String, tensor: Tensor)] = []
        var seen = Set<ObjectIdentifier>()
        for (prefix, module) in namedModules() {
            for (name, tensor) in module.localParameters {
                guard includeShared || seen.insert(ObjectIdentifier(tensor)).inserted else { continue }
                out.append((prefix.isEmpty ? name : prefix + "." + name, tensor))
            }
        }
        return out
    }

    /// The parameter tensors below this module, without duplicates, in registration order.
    public func parameters() -> [Tensor] { namedParameters().map(\.tensor) }

    /// This module (path "") and every submodule with its dotted path relative to this module, in pre-order.
    public func namedModules() -> [(path: String, module: Module)] {
        var out: [(path: String, module: Module)] = []
        var stack: [(String, Module)] = [("", self)]
        while let (prefix, module) = stack.popLast() {
            out.append((prefix, module))
            for (name, child) in module.children.reversed() {
                stack.append((prefix.isEmpty ? name : prefix + "." + name, child))
            }
        }
        return out
    }

    /// Number of scalar parameters (each shared tensor counted once).
    public var parameterCount: Int { parameters().reduce(0) { $0 + $1.count } }

    /// Number of scalar parameters that require grad (are not frozen).
    public var trainableParameterCount: Int {
        parameters().reduce(0) { $0 + ($1.requiresGrad ? $1.count : 0) }
    }

    /// The parameters below this module as a tree (paths relative to this module).
    public var parameterTree: ParameterTree { ParameterTree(module: self) }

    /// The direct child registered under `name`, if any.
    public func child(_ name: String) -> Module? {
        children.first(where: { $0.name == name })?.module
    }

    /// The submodule at a dotted path relative to this module (`blocks.0.attn`; "" is this module).
    public func module(at path: String) throws -> Module {
        var m = self
        if path.isEmpty { return m }
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            guard let next = m.child(String(part)) else {
                throw TensorError("\(errorName)", "no submodule '\(path)' (\(m.path.isEmpty ? "the root" : "'\(m.path)'") has \(m.children.isEmpty ? "no children" : "children " + m.children.map(\.name).joined(separator: ", ")))")
            }
            m = next
        }
        return m
    }

    /// The parameter at a dotted path relative to this module (`blocks.0.attn.q.weight`).
    public func parameter(at path: String) throws -> Tensor {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let last = parts.last, !last.isEmpty else { throw TensorError("\(errorName)", "empty parameter path") }
        let owner = try module(at: parts.dropLast().joined(separator: "."))
        guard let t = owner.localParameters.first(where: { $0.name == last })?.tensor else {
            throw TensorError("\(errorName)", "no parameter '\(path)'")
        }
        return t
    }

    /// Stops gradients for every parameter below this module (`requiresGrad = false`).
    public func freeze() { parameterTree.freeze() }

    /// Re-enables gradients for every parameter below this module.
    public func unfreeze() { parameterTree.unfreeze() }

    /// Drops the gradient of every parameter below this module.
    public func zeroGrad() { parameterTree.zeroGrad() }
}
