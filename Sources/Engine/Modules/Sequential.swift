/// An ordered list of modules named "0", "1", ...; `forward` feeds each one's output to the next.
/// Also serves as a plain module list (the GPT's `blocks`).
public final class Sequential: Module {
    /// A container holding `modules` in order; each must not already belong to another module.
    public init(_ modules: [Module] = []) throws {
        super.init()
        for m in modules { try append(m) }
    }

    /// Adds a module at the end, under the next index.
    public func append(_ module: Module) throws {
        try addModule(String(children.count), module)
    }

    /// Number of modules.
    public var count: Int { children.count }

    /// The modules in order.
    public var modules: [Module] { children.map(\.module) }

    /// The module at `index` (negative counts from the end).
    public func module(_ index: Int) throws -> Module {
        let i = index < 0 ? index + count : index
        guard i >= 0 && i < count else {
            throw TensorError(errorName, "index \(index) is out of range for \(count) modules")
        }
        return children[i].module
    }

    /// x → each module in turn.
    public override func compute(_ x: Tensor) throws -> Tensor {
        var h = x
        for (_, m) in children { h = try m.forward(h) }
        return h
    }

    /// A copy through `context`, child by child.
    public override func makeCopy(_ context: ModuleCopyContext) throws -> Module {
        try Sequential(children.map { try context.module($0.module) })
    }
}
