/// RMSprop with PyTorch's update and defaults (lr 1e-2, alpha 0.99, eps 1e-8, no momentum, not centred);
/// SAMI trains with it. eps is added after the square root, as in PyTorch (not inside it, as in TensorFlow).
public final class RMSprop: Optimizer {
    let core: OptimizerCore
    /// The learning rate the next step uses.
    public var learningRate: Double
    /// Smoothing constant of the squared-gradient average.
    public var alpha: Double
    /// Added to the denominator for numerical stability.
    public var eps: Double
    /// L2 penalty coefficient added to the gradient.
    public var weightDecay: Double
    /// Momentum factor (0 disables the buffer).
    public var momentum: Double
    /// Whether to normalise by the centred second moment (variance estimate) instead of the raw one.
    public var centered: Bool

    /// Creates an RMSprop optimizer; throws on duplicate names or invalid hyper-parameters.
    public init(_ parameters: [(String, Tensor)], lr: Double = 1e-2, alpha: Double = 0.99, eps: Double = 1e-8,
                weightDecay: Double = 0, momentum: Double = 0, centered: Bool = false) throws {
        guard lr >= 0, lr.isFinite else { throw TensorError("rmsprop", "invalid learning rate \(lr) (must be finite and ≥ 0)") }
        guard eps >= 0, eps.isFinite else { throw TensorError("rmsprop", "invalid eps \(eps) (must be ≥ 0)") }
        guard alpha >= 0, alpha <= 1 else { throw TensorError("rmsprop", "invalid alpha \(alpha) (must be in [0, 1])") }
        guard momentum >= 0, momentum.isFinite else { throw TensorError("rmsprop", "invalid momentum \(momentum) (must be ≥ 0)") }
        guard weightDecay >= 0, weightDecay.isFinite else { throw TensorError("rmsprop", "invalid weight decay \(weightDecay) (must be ≥ 0)") }
        core = try OptimizerCore(kind: "rmsprop", parameters: parameters)
        learningRate = lr
        self.alpha = alpha
        self.eps = eps
        self.weightDecay = weightDecay
        self.momentum = momentum
        self.centered = centered
    }

    /// The parameters being optimised.
    public var parameters: [(name: String, tensor: Tensor)] { core.parameters }
    /// Number of steps taken.
    public var stepCount: Int { core.stepCount }

    /// One RMSprop update of every parameter with a gradient.
    public func step() throws {
        let items = try core.updatable()
        core.stepCount += 1
        let scalars = OptimizerKernels.RMSpropScalars(alpha: Float(alpha), oneMinusAlpha: Float(1 - alpha), eps: Float(eps),
                                                      weightDecay: Float(weightDecay), momentum: Float(momentum),
                                                      negLR: Float(-learningRate))
        Autograd.noGrad {
            for (name, p, g) in items {
                _ = core.advance(name)
                let square = core.buffer("square_avg", name, like: p)
                let gradAvg = centered ? core.buffer("grad_avg", name, like: p) : nil
                let buffer = momentum > 0 ? core.buffer("momentum_buffer", name, like: p) : nil
                OptimizerKernels.rmsprop(p.basePointer, g.basePointer, squareAvg: square.basePointer,
                                         gradAvg: gradAvg?.basePointer, buffer: buffer?.basePointer, count: p.count, scalars)
            }
        }
    }

    /// A deep copy of the state.
    public func exportState() -> OptimizerState {
        core.export(hyperparameters: ["lr": learningRate, "alpha": alpha, "eps": eps, "weight_decay": weightDecay,
                                      "momentum": momentum, "centered": centered ? 1 : 0])
    }

    /// Restores state and hyper-parameters saved by an `RMSprop`.
    public func importState(_ state: OptimizerState) throws {
        let h = try core.importState(state, bufferKinds: ["square_avg", "grad_avg", "momentum_buffer"],
                                     hyperparameterNames: ["lr", "alpha", "eps", "weight_decay", "momentum", "centered"])
        learningRate = h["lr"] ?? learningRate
        alpha = h["alpha"] ?? alpha
        eps = h["eps"] ?? eps
        weightDecay = h["weight_decay"] ?? weightDecay
        momentum = h["momentum"] ?? momentum
        if let c = h["centered"] { centered = c != 0 }
    }
}
