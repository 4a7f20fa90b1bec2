/// A snapshot of an optimizer's state: what a checkpoint must hold so a resumed run continues bit for bit.
///
/// Buffers are keyed first by kind (`exp_avg`, `exp_avg_sq`, `momentum_buffer`, `square_avg`,
/// `grad_avg`, the names PyTorch uses) and then by parameter name, never by position, so a state
/// survives a model whose parameter order changed.
public struct OptimizerState {
    /// The optimizer that produced it: `sgd`, `adam`, `adamw` or `rmsprop`.
    public var kind: String
    /// Number of `step()` calls so far.
    public var stepCount: Int
    /// Per-parameter update counts (a parameter without a gradient skips a step, as in PyTorch).
    public var parameterSteps: [String: Int]
    /// Hyper-parameters by PyTorch name (`lr`, `betas0`, `betas1`, `eps`, `weight_decay`, ...).
    public var hyperparameters: [String: Double]
    /// Moment buffers by kind, then by parameter name.
    public var buffers: [String: [String: Tensor]]

    /// Creates a state from its parts.
    public init(kind: String, stepCount: Int, parameterSteps: [String: Int] = [:],
                hyperparameters: [String: Double] = [:], buffers: [String: [String: Tensor]] = [:]) {
        self.kind = kind
        self.stepCount = stepCount
        self.parameterSteps = parameterSteps
        self.hyperparameters = hyperparameters
        self.buffers = buffers
    }
}
