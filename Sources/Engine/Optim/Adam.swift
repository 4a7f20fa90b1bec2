/// Adam (Kingma & Ba) with PyTorch's update and defaults: lr 1e-3, betas (0.9, 0.999), eps 1e-8,
/// and L2 weight decay added to the gradient (default 0). For decoupled decay use `AdamW`.
public class Adam: Optimizer {
    let core: OptimizerCore
    /// The learning rate the next step uses.
    public var learningRate: Double
    /// Decay rate of the first moment (β₁).
    public var beta1: Double
    /// Decay rate of the second moment (β₂).
    public var beta2: Double
    /// Added to the denominator for numerical stability.
    public var eps: Double
    /// Weight decay: an L2 penalty added to the gradient (Adam), or decoupled shrinkage of θ (AdamW).
    public var weightDecay: Double

    /// Whether weight decay shrinks the parameter directly (AdamW) instead of being added to the gradient.
    let decoupled: Bool

    /// Creates an Adam optimizer over named parameters; throws on duplicate names or invalid hyper-parameters.
    public convenience init(_ parameters: [(String, Tensor)], lr: Double = 1e-3, betas: (Double, Double) = (0.9, 0.999),
                            eps: Double = 1e-8, weightDecay: Double = 0) throws {
        try self.init(parameters, lr: lr, betas: betas, eps: eps, weightDecay: weightDecay, decoupled: false)
    }

    // The one initialiser Adam and AdamW share: they differ only in how weight decay applies.
    init(_ parameters: [(String, Tensor)], lr: Double, betas: (Double, Double), eps: Double, weightDecay: Double,
         decoupled: Bool) throws {
        let kind = decoupled ? "adamw" : "adam"
        try OptimizerCore.validateAdam(kind: kind, lr: lr, beta1: betas.0, beta2: betas.1, eps: eps, weightDecay: weightDecay)
        core = try OptimizerCore(kind: kind, parameters: parameters)
        learningRate = lr
        beta1 = betas.0
        beta2 = betas.1
        self.eps = eps
        self.weightDecay = weightDecay
        self.decoupled = decoupled
    }

    /// The parameters being optimised.
    public var parameters: [(name: String, tensor: Tensor)] { core.parameters }
    /// Number of steps taken.
    public var stepCount: Int { core.stepCount }

    /// One Adam (or AdamW) update of every parameter with a gradient.
    public func step() throws {
        try core.adamStep(lr: learningRate, beta1: beta1, beta2: beta2, eps: eps, weightDecay: weightDecay, decoupled: decoupled)
    }

    /// A deep copy of the state.
    public func exportState() -> OptimizerState {
        core.export(hyperparameters: ["lr": learningRate, "beta1": beta1, "beta2": beta2, "eps": eps, "weight_decay": weightDecay])
    }

    /// Restores state and hyper-parameters saved by an optimizer of the same kind.
    public func importState(_ state: OptimizerState) throws {
        let h = try core.importState(state, bufferKinds: ["exp_avg", "exp_avg_sq"],
                                     hyperparameterNames: ["lr", "beta1", "beta2", "eps", "weight_decay"])
        learningRate = h["lr"] ?? learningRate
        beta1 = h["beta1"] ?? beta1
        beta2 = h["beta2"] ?? beta2
        eps = h["eps"] ?? eps
        weightDecay = h["weight_decay"] ?? weightDecay
    }
}
