/// The bookkeeping every optimizer shares: the validated parameter list, step counts and named buffers.
///
/// Kept in one place so SGD, Adam, AdamW and RMSprop differ only in their update kernels.
final class OptimizerCore {
    /// The operation name used in error messages (`adamw`).
    let kind: String
    /// Parameters after validation and de-duplication.
    let parameters: [(name: String, tensor: Tensor)]
    /// Number of `step()` calls.
    var stepCount = 0
    /// Per-parameter update counts.
    var parameterSteps: [String: Int] = [:]
    /// Buffers by kind, then parameter name.
    var buffers: [String: [String: Tensor]] = [:]

    /// Validates `parameters`: non-empty unique names and contiguous storage (updates write in place).
    /// The same tensor listed twice (tied weights) is kept once under its first name, as PyTorch's
    /// `named_parameters()` does, so it is not updated twice per step.
    init(kind: String, parameters: [(String, Tensor)]) throws {
        self.kind = kind
        var seenNames = Set<String>()
        var seenTensors = Set<ObjectIdentifier>()
        var kept: [(name: String, tensor: Tensor)] = []
        for (name, tensor) in parameters {
            let p = (name: name, tensor: tensor)
            guard !p.name.isEmpty else { throw TensorError(kind, "a parameter has an empty name; optimizer state is keyed by name") }
            guard seenNames.insert(p.name).inserted else {
                throw TensorError(kind, "parameter name '\(p.name)' appears twice; names key the optimizer state and must be unique")
            }
            guard seenTensors.insert(ObjectIdentifier(p.tensor)).inserted else { continue }
            guard p.tensor.isContiguous else {
                throw TensorError(kind, "parameter '\(p.name)' is a non-contiguous view of shape \(formatShape(p.tensor.shape)); optimizers update storage in place, so pass the tensor that owns the data")
            }
            kept.append(p)
        }
        self.parameters = kept
    }

    /// The parameters to update this step with their contiguous gradients, validated before any update
    /// so a bad gradient never leaves the model half-updated.
    func updatable() throws -> [(name: String, tensor: Tensor, grad: Tensor)] {
        var out: [(name: String, tensor: Tensor, grad: Tensor)] = []
        out.reserveCapacity(parameters.count)
        for (name, t) in parameters {
            guard t.requiresGrad, let g = t.grad else { continue }
            guard g.shape == t.shape else {
                throw TensorError(kind, "parameter '\(name)' has shape \(formatShape(t.shape)) but its gradient has shape \(formatShape(g.shape))")
            }
            out.append((name, t, g.contiguousData()))
        }
        return out
    }

    /// Increments and returns the update count of parameter `name`.
    func advance(_ name: String) -> Int {
        let s = (parameterSteps[name] ?? 0) + 1
        parameterSteps[name] = s
        return s
    }

    /// The buffer of `kind` for parameter `name`, created as zeros shaped like `like` on first use.
    func buffer(_ kind: String, _ name: String, like: Tensor) -> Tensor {
        if let b = buffers[kind]?[name] { return b }
        let b = Tensor.zeros(like.shape)
        buffers[kind, default: [:]][name] = b
        return b
    }

    /// The existing buffer of `kind` for `name`, if any.
    func existingBuffer(_ kind: String, _ name: String) -> Tensor? { buffers[kind]?[name] }

    /// Stores `tensor` as the buffer of `kind` for `name`.
    func setBuffer(_ kind: String, _ name: String, _ tensor: Tensor) { buffers[kind, default: [:]][name] = tensor }

    /// A deep copy of the state, so later steps do not change an exported snapshot.
    func export(hyperparameters: [String: Double]) -> OptimizerState {
        var copied: [String: [String: Tensor]] = [:]
        for (k, byName) in buffers { copied[k] = byName.mapValues { $0.copy() } }
        return OptimizerState(kind: kind, stepCount: stepCount, parameterSteps: parameterSteps,
                              hyperparameters: hyperparameters, buffers: copied)
    }

    /// Validates `state` against this optimizer (kind, buffer kinds, parameter names and shapes,
    /// hyper-parameter names) and installs copies of its buffers; returns its hyper-parameters.
    func importState(_ state: OptimizerState, bufferKinds: Set<String>, hyperparameterNames: Set<String>) throws -> [String: Double] {
        guard state.kind == kind else {
            throw TensorError(kind, "cannot load optimizer state saved by '\(state.kind)' into '\(kind)'")
        }
        guard state.stepCount >= 0 else { throw TensorError(kind, "negative step count \(state.stepCount) in optimizer state") }
        let shapes = Dictionary(parameters.map { ($0.name, $0.tensor.shape) }, uniquingKeysWith: { a, _ in a })
        for (name, s) in state.parameterSteps {
            guard shapes[name] != nil else { throw TensorError(kind, "optimizer state has a step count for unknown parameter '\(name)'") }
            guard s >= 0 else { throw TensorError(kind, "negative step count \(s) for parameter '\(name)'") }
        }
        for key in state.hyperparameters.keys where !hyperparameterNames.contains(key) {
            throw TensorError(kind, "optimizer state has unknown hyper-parameter '\(key)' (expected one of \(hyperparameterNames.sorted().joined(separator: ", ")))")
        }
        var installed: [String: [String: Tensor]] = [:]
        for (bufferKind, byName) in state.buffers {
            guard bufferKinds.contains(bufferKind) else {
                throw TensorError(kind, "optimizer state has unknown buffer kind '\(bufferKind)' (expected \(bufferKinds.sorted().joined(separator: ", ")))")
            }
            for (name, t) in byName {
                guard let shape = shapes[name] else {
                    throw TensorError(kind, "optimizer state has a '\(bufferKind)' buffer for unknown parameter '\(name)'")
                }
                guard t.shape == shape else {
                    throw TensorError(kind, "'\(bufferKind)' buffer for '\(name)' has shape \(formatShape(t.shape)) but the parameter has shape \(formatShape(shape))")
                }
                installed[bufferKind, default: [:]][name] = t.copy()
            }
        }
        stepCount = state.stepCount
        parameterSteps = state.parameterSteps
        buffers = installed
        return state.hyperparameters
    }
}
