/// The state of one deep copy of a module tree: which tensor each original tensor became.
///
/// One memo for the whole copy keeps tied weights tied (the second module to ask for a shared tensor
/// gets the same copy), and seeding the memo with replacements turns the same machinery into a
/// functional call (`rebinding(parameters:)`), which gradient checks and meta-learning need.
public final class ModuleCopyContext {
    private var memo: [ObjectIdentifier: Tensor] = [:]
    // Keeps the originals alive so their ObjectIdentifiers cannot be reused during the copy.
    private var originals: [Tensor] = []

    /// A context that deep-copies every tensor.
    public init() {}

    /// A context that maps each original tensor to the given replacement instead of copying it.
    init(replacing pairs: [(original: Tensor, replacement: Tensor)]) {
        for (o, r) in pairs {
            memo[ObjectIdentifier(o)] = r
            originals.append(o)
        }
    }

    /// The copy of `t`: a fresh contiguous tensor with the same values, `requiresGrad` and name,
    /// outside any graph; the same original always yields the same copy.
    public func tensor(_ t: Tensor) -> Tensor {
        if let done = memo[ObjectIdentifier(t)] { return done }
        let c = Autograd.noGrad { t.copy() }
        c.requiresGrad = t.requiresGrad
        c.name = t.name
        memo[ObjectIdentifier(t)] = c
        originals.append(t)
        return c
    }

    /// The copy of an optional tensor.
    public func tensor(_ t: Tensor?) -> Tensor? { t.map { tensor($0) } }

    /// The copy of a submodule, with its training mode, checked to have the original's type.
    public func module<M: Module>(_ m: M) throws -> M {
        let copied = try m.makeCopy(self)
        guard let typed = copied as? M else {
            throw TensorError("copy", "\(m.typeName).makeCopy returned a \(copied.typeName)")
        }
        // Modules a copy creates itself (a GPT's `blocks` list, its dropout) start in training
        // mode, so modes are copied over the whole subtree, position by position.
        let originals = m.namedModules(), copies = typed.namedModules()
        if originals.count == copies.count {
            for (o, c) in zip(originals, copies) { c.module.setLocalTraining(o.module.isTraining) }
        } else {
            typed.setLocalTraining(m.isTraining)
        }
        return typed
    }
}

extension Module {
    /// A deep copy of this module and everything below it (tied weights stay tied, modes and
    /// frozen flags are kept, gradients are not); the usual way to make a frozen reference model.
    public func copy() throws -> Self {
        try ModuleCopyContext().module(self)
    }

    /// A module of the same structure whose parameters are exactly `parameters` (in `namedParameters()`
    /// order, shapes checked), sharing those tensors rather than copying them: a functional call.
    public func rebinding(parameters replacements: [Tensor]) throws -> Self {
        let originals = namedParameters()
        guard originals.count == replacements.count else {
            throw TensorError("\(errorName)", "rebinding needs \(originals.count) parameters, got \(replacements.count)")
        }
        for ((path, o), r) in zip(originals, replacements) where o.shape != r.shape {
            throw TensorError("\(errorName)", "rebinding '\(path)': expected shape \(formatShape(o.shape)), got \(formatShape(r.shape))")
        }
        let pairs = zip(originals, replacements).map { (original: $0.tensor, replacement: $1) }
        return try ModuleCopyContext(replacing: pairs).module(self)
    }
}
