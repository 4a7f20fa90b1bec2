/// The base class of every layer and model: named parameters and named submodules in insertion order.
///
/// A class hierarchy (rather than a protocol) keeps the tree easy to expose to the language: every
/// node is a `Module` with the same registries, so a script can walk, name, copy and freeze any model.
/// Subclasses override `compute(_:)`; callers use `forward(_:)`, which runs `compute` inside the
/// module's autograd scope so recorded graph nodes carry paths such as `blocks.0.attn`.
open class Module {
    /// Parameters registered directly on this module, in insertion order.
    public private(set) var localParameters: [(name: String, tensor: Tensor)] = []
    /// Submodules registered directly on this module, in insertion order.
    public private(set) var children: [(name: String, module: Module)] = []
    /// The module this one is registered in (nil for a root); weak so trees never form cycles.
    public private(set) weak var parent: Module?
    /// Path components from the root (`["blocks", "0", "attn"]`); empty for a root.
    public private(set) var pathComponents: [String] = []
    /// Whether the module is in training mode (dropout active); new modules start in training mode.
    public private(set) var isTraining = true

    /// Creates an empty module; subclasses register their parameters and children in their initialisers.
    public init() {}

    /// The dotted path from the root (`blocks.0.attn`), empty for a root.
    public var path: String { pathComponents.joined(separator: ".") }

    /// The class name shown in summaries and error messages (`Linear`, `GPT`).
    open var typeName: String { String(describing: type(of: self)) }

    /// The name error messages use: the type, followed by the path when the module sits in a tree.
    public var errorName: String { path.isEmpty ? typeName : "\(typeName) \(path)" }

    // MARK: Registration

    /// Registers a parameter under `name`; a tensor created for training should have `requiresGrad` set.
    /// Names must be non-empty, contain no dots and be unused on this module.
    public func addParameter(_ name: String, _ tensor: Tensor) throws {
        try checkNewName(name)
        attach(parameter: tensor, as: name)
    }

    /// Registers a submodule under `name` (names as for parameters); a module has at most one parent.
    public func addModule(_ name: String, _ module: Module) throws {
        try checkNewName(name)
        guard module !== self else { throw TensorError("\(errorName)", "a module cannot contain itself") }
        var ancestor: Module? = self
        while let a = ancestor {
            if a === module { throw TensorError("\(errorName)", "adding '\(name)' would create a cycle") }
            ancestor = a.parent
        }
        try adopt(module, as: name)
    }

    /// Attaches a child that must not belong to another module yet (layers built from user-given parts).
    func adopt(_ module: Module, as name: String) throws {
        if let owner = module.parent {
            throw TensorError("\(errorName)", "module '\(name)' (\(module.typeName)) already belongs to \(owner.errorName); copy() it to reuse it")
        }
        attach(module: module, as: name)
    }

    private func checkNewName(_ name: String) throws {
        guard !name.isEmpty, !name.contains(".") else {
            throw TensorError("\(errorName)", "invalid name '\(name)': names must be non-empty and contain no '.'")
        }
        guard !localParameters.contains(where: { $0.name == name }), !children.contains(where: { $0.name == name }) else {
            throw TensorError("\(errorName)", "the name '\(name)' is already used")
        }
    }

    /// Registration for the built-in layers, whose names are fixed and known to be valid.
    func attach(parameter: Tensor, as name: String) {
        if let i = localParameters.firstIndex(where: { $0.name == name }) {
            localParameters[i].tensor = parameter
        } else {
            localParameters.append((name, parameter))
        }
        rootModule.refreshNames()
    }

    /// Registration of a child for the built-in layers (the child is fresh, so it has no parent yet).
    func attach(module: Module, as name: String) {
        if let i = children.firstIndex(where: { $0.name == name }) {
            let old = children[i].module
            old.parent = nil
            children[i].module = module
            old.refreshNames()
        } else {
            children.append((name, module))
        }
        module.parent = self
        rootModule.refreshNames()
    }

    /// The root of the tree this module belongs to.
    public var rootModule: Module {
        var m = self
        while let p = m.parent { m = p }
        return m
    }

    /// Recomputes every path in the tree below this module and names each parameter by its full
    /// path; a tensor shared by two modules (tied weights) keeps the name of its first occurrence.
    func refreshNames() {
        var seen = Set<ObjectIdentifier>()
        var stack: [(Module, [String])] = [(self, parent == nil ? [] : pathComponents)]
        while let (module, components) = stack.popLast() {
            module.pathComponents = components
            for (name, tensor) in module.localParameters where seen.insert(ObjectIdentifier(tensor)).inserted {
                tensor.name = (components + [name]).joined(separator: ".")
            }
            // Push children in reverse so they are visited (and name shared tensors) in insertion order.
            for (name, child) in module.children.reversed() { stack.append((child, components + [name])) }
        }
    }

    // MARK: Modes

    /// Sets training mode (dropout active) on this module and every submodule.
    public func train(_ on: Bool = true) {
        for (_, m) in namedModules() { m.isTraining = on }
    }

    /// Sets evaluation mode (dropout off) on this module and every submodule.
    public func eval() { train(false) }

    /// Sets the mode of this module alone (used when copying a tree).
    func setLocalTraining(_ on: Bool) { isTraining = on }

    // MARK: Copying

    /// A copy of this module built through `context` (which copies or replaces each tensor once).
    /// Every subclass overrides it; the base class copies a plain container module generically.
    open func makeCopy(_ context: ModuleCopyContext) throws -> Module {
        guard type(of: self) == Module.self else {
            throw TensorError("\(errorName)", "\(typeName) does not implement makeCopy, so it cannot be copied")
        }
        let m = Module()
        for (name, t) in localParameters { m.attach(parameter: context.tensor(t), as: name) }
        for (name, child) in children { m.attach(module: try context.module(child), as: name) }
        return m
    }

    // MARK: Forward

    /// The computation of this module; subclasses override it. Call `forward(_:)` instead, which adds the scope.
    open func compute(_ input: Tensor) throws -> Tensor {
        throw TensorError("\(errorName)", "this module has no forward computation")
    }

    /// Runs the module on `input` inside its autograd scope (and records the output shape for summaries).
    public final func forward(_ input: Tensor) throws -> Tensor {
        let out = try scoped { try compute(input) }
        ShapeRecorder.current?.record(self, out.shape)
        return out
    }

    /// `module(x)` is `module.forward(x)`.
    public final func callAsFunction(_ input: Tensor) throws -> Tensor { try forward(input) }

    /// Runs `body` with this module's path on the autograd scope stack.
    ///
    /// Called from its parent, the scope already ends with the parent's path, so only the local name
    /// is pushed; called directly (say `model.blocks.0` from a script), the whole path is pushed, so
    /// graph clusters read the same either way; nested entry points of one module push it once.
    public final func scoped<T>(_ body: () throws -> T) rethrows -> T {
        let components = scopeComponentsToPush()
        for c in components { Autograd.pushScope(c) }
        defer { for _ in components { Autograd.popScope() } }
        return try body()
    }

    private func scopeComponentsToPush() -> [String] {
        guard let last = pathComponents.last else { return [] }
        let parentPath = pathComponents.dropLast()
        let stack = Autograd.currentScope
        // Already inside this module's scope (one entry point calling another): push nothing.
        if stack.count >= pathComponents.count && stack.suffix(pathComponents.count).elementsEqual(pathComponents) {
            return []
        }
        if stack.count >= parentPath.count && stack.suffix(parentPath.count).elementsEqual(parentPath) {
            return [last]
        }
        return pathComponents
    }
}
