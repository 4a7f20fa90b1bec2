/// Training checkpoints in safetensors: parameters under their own names, optimizer buffers under
/// `optimizer/<kind>/<parameter>`, and optimizer scalars plus the shared generator's state in the
/// metadata, so a resumed run is bit-identical to an uninterrupted one.
public enum Checkpoint {
    /// Metadata key holding `RandomGenerator.shared`'s state.
    public static let randomStateKey = "rng/state"
    /// Prefix of optimizer tensors and metadata.
    public static let optimizerPrefix = "optimizer/"

    /// Saves parameters, and optionally an optimizer's state and the shared generator's state, to `path`
    /// atomically. User `metadata` keys must not start with `optimizer/` or `rng/`.
    public static func save(parameters: [(String, Tensor)], optimizer: Optimizer? = nil,
                            saveRandomState: Bool = true, metadata: [String: String] = [:], to path: String) throws {
        for key in metadata.keys where key.hasPrefix(optimizerPrefix) || key.hasPrefix("rng/") {
            throw CheckpointError(path: path, "metadata key \"\(key)\" is reserved for optimizer and generator state")
        }
        for (name, _) in parameters where name.hasPrefix(optimizerPrefix) {
            throw CheckpointError(path: path, "parameter name \"\(name)\" is reserved for optimizer state")
        }
        var tensors: [(name: String, tensor: Tensor)] = parameters.map { ($0.0, $0.1) }
        var meta = metadata
        if let optimizer {
            let state = optimizer.exportState()
            tensors += state.namedTensors(prefix: optimizerPrefix)
            meta.merge(state.metadata(prefix: optimizerPrefix)) { _, new in new }
        }
        if saveRandomState { meta[randomStateKey] = RandomGenerator.shared.stateString }
        try Safetensors.write(tensors, metadata: meta, to: path)
    }

    /// Loads `path` into existing parameter tensors (copying values in place, shapes must match), the
    /// optimizer's state if given, and the shared generator's state if saved and `restoreRandomState`.
    /// With `strict`, a missing parameter or an unexpected tensor in the file is an error (as
    /// `load_state_dict(strict=True)`). Nothing is modified unless every check passes. Returns the
    /// user metadata.
    @discardableResult
    public static func load(_ path: String, into parameters: [(String, Tensor)], optimizer: Optimizer? = nil,
                            restoreRandomState: Bool = true, strict: Bool = true) throws -> [String: String] {
        let file = try Safetensors.read(path)
        var byName: [String: Tensor] = [:]
        for (name, t) in file.tensors { byName[name] = t }
        var copies: [(from: Tensor, to: Tensor)] = []
        var used = Set<String>()
        for (name, p) in parameters {
            guard let t = byName[name] else {
                if strict { throw CheckpointError(path: path, "no tensor for parameter '\(name)'") }
                continue
            }
            guard t.shape == p.shape else {
                throw CheckpointError(path: path, "'\(name)' has shape \(formatShape(t.shape)) in the file but \(formatShape(p.shape)) in the model")
            }
            copies.append((t, p))
            used.insert(name)
        }
        if strict {
            let unexpected = file.tensors.map(\.name).filter { !used.contains($0) && !$0.hasPrefix(optimizerPrefix) }
            if !unexpected.isEmpty {
                throw CheckpointError(path: path, "unexpected tensors not in the model: \(unexpected.prefix(5).joined(separator: ", "))\(unexpected.count > 5 ? ", ..." : "")")
            }
        }
        var generator: RandomGenerator?
        if restoreRandomState, let s = file.metadata[randomStateKey] {
            do { generator = try RandomGenerator(stateString: s) } catch { throw CheckpointError(path: path, "\(error)") }
        }
        if let optimizer {
            guard OptimizerState.isPresent(in: file.metadata, prefix: optimizerPrefix) else {
                throw CheckpointError(path: path, "the checkpoint holds no optimizer state")
            }
            do {
                let state = try OptimizerState(namedTensors: file.tensors, metadata: file.metadata, prefix: optimizerPrefix)
                try optimizer.importState(state)
            } catch let error as TensorError {
                throw CheckpointError(path: path, error.description)
            }
        }
        Autograd.noGrad {
            for (from, to) in copies { to.basePointer.update(from: from.basePointer, count: to.count) }
        }
        if let generator { RandomGenerator.shared = generator }
        return file.metadata.filter { !$0.key.hasPrefix(optimizerPrefix) && !$0.key.hasPrefix("rng/") }
    }
}
