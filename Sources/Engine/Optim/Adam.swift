/// Adam (Kingma & Ba) with PyTorch's update and defaults: lr 1e-3, betas (0.9, 0.999), eps 1e-8,
/// and L2 weight decay added to the gradient (default 0). For decoupled decay use `AdamW`.
public final class Adam: Optimizer {
    let core: OptimizerCore
    /// The learning rate the next step uses.
    public var learningRate: Double
    /// Decay rate of the first moment (β₁).
    public var beta1: Double
    /// Decay rate of the second moment (β₂).
    public var beta2: Double
    /// Added to the denominator for numerical stability.
    public var eps: Double
    /// L2 penalty coefficient added to the gradient (`grad + wd·θ`).
    public var weightDecay: Double

    /// Creates an Adam optimizer over named parameters; throws on duplicate names or invalid hyper-parameters.
    public init(_ parameters: [(String, Tensor)], lr: Double = 1e-3, betas: (Double, Double) = (0.9, 0.999),
                eps: Double = 1e-8, weightDecay: Double = 0) throws {
        try OptimizerCore.validateAdam(kind: "adam", lr: lr, beta1: betas.0, beta2: betas.1, eps: eps, weightDecay: weightDecay)
        core = try OptimizerCore(kind: "adam", parameters: parameters)
        learningRate = lr
        beta1 = betas.0
        beta2 = betas.1
        self.eps = eps
        self.weightDecay = weightDecay
    }

    /// The parameters being optimised.
    public var parameters: [(name: String, tensor: Tensor)] { core.parameters }
    /// Number of steps taken.
    public var stepCount: Int { core.stepCount }

    /// One Adam update of every parameter with a gradient.
    public func step() throws {
        try core.adamStep(lr: learningRate, beta1: beta1, beta2: beta2, eps: eps, weightDecay: weightDecay, decoupled: false)
    }

    /// A deep copy of the state.
    public func exportState() -> OptimizerState {
        core.export(hyperparameters: ["lr": learningRate, "beta1": beta1, "beta2": beta2, "eps": eps, "weight_decay": weightDecay])
    }

    /// Restores state and hyper-parameters saved by an `Adam`.
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
