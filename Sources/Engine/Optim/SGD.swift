/// Stochastic gradient descent with PyTorch's update: optional L2 weight decay, momentum with
/// dampening, and Nesterov momentum. The momentum buffer starts as a copy of the first gradient.
public final class SGD: Optimizer {
    let core: OptimizerCore
    /// The learning rate the next step uses.
    public var learningRate: Double
    /// Momentum factor (0 disables the buffer).
    public var momentum: Double
    /// Dampening of the gradient added to the momentum buffer.
    public var dampening: Double
    /// L2 penalty coefficient added to the gradient.
    public var weightDecay: Double
    /// Whether to use Nesterov momentum (needs momentum > 0 and dampening 0).
    public var nesterov: Bool

    /// Creates an SGD optimizer; throws on duplicate names or invalid hyper-parameters, as PyTorch does.
    public init(_ parameters: [(String, Tensor)], lr: Double = 1e-3, momentum: Double = 0,
                dampening: Double = 0, weightDecay: Double = 0, nesterov: Bool = false) throws {
        guard lr >= 0, lr.isFinite else { throw TensorError("sgd", "invalid learning rate \(lr) (must be finite and ≥ 0)") }
        guard momentum >= 0, momentum.isFinite else { throw TensorError("sgd", "invalid momentum \(momentum) (must be ≥ 0)") }
        guard weightDecay >= 0, weightDecay.isFinite else { throw TensorError("sgd", "invalid weight decay \(weightDecay) (must be ≥ 0)") }
        guard dampening.isFinite else { throw TensorError("sgd", "invalid dampening \(dampening)") }
        if nesterov && (momentum <= 0 || dampening != 0) {
            throw TensorError("sgd", "Nesterov momentum requires a momentum > 0 and zero dampening")
        }
        core = try OptimizerCore(kind: "sgd", parameters: parameters)
        learningRate = lr
        self.momentum = momentum
        self.dampening = dampening
        self.weightDecay = weightDecay
        self.nesterov = nesterov
    }

    /// The parameters being optimised.
    public var parameters: [(name: String, tensor: Tensor)] { core.parameters }
    /// Number of steps taken.
    public var stepCount: Int { core.stepCount }

    /// One SGD update of every parameter with a gradient.
    public func step() throws {
        let items = try core.updatable()
        core.stepCount += 1
        let useMomentum = momentum != 0
        Autograd.noGrad {
            for (name, p, g) in items {
                _ = core.advance(name)
                var buffer: Tensor?
                var first = false
                if useMomentum {
                    if let b = core.existingBuffer("momentum_buffer", name) {
                        buffer = b
                    } else {
                        let b = Tensor.zeros(p.shape)
                        core.setBuffer("momentum_buffer", name, b)
                        buffer = b
                        first = true
                    }
                }
                OptimizerKernels.sgd(p.basePointer, g.basePointer, buffer: buffer?.basePointer, count: p.count,
                                     negLR: Float(-learningRate), weightDecay: Float(weightDecay), momentum: Float(momentum),
                                     oneMinusDampening: Float(1 - dampening), nesterov: nesterov, firstStep: first)
            }
        }
    }

    /// A deep copy of the state.
    public func exportState() -> OptimizerState {
        core.export(hyperparameters: ["lr": learningRate, "momentum": momentum, "dampening": dampening,
                                      "weight_decay": weightDecay, "nesterov": nesterov ? 1 : 0])
    }

    /// Restores state and hyper-parameters saved by an `SGD`.
    public func importState(_ state: OptimizerState) throws {
        let h = try core.importState(state, bufferKinds: ["momentum_buffer"],
                                     hyperparameterNames: ["lr", "momentum", "dampening", "weight_decay", "nesterov"])
        learningRate = h["lr"] ?? learningRate
        momentum = h["momentum"] ?? momentum
        dampening = h["dampening"] ?? dampening
        weightDecay = h["weight_decay"] ?? weightDecay
        if let n = h["nesterov"] { nesterov = n != 0 }
    }
}
