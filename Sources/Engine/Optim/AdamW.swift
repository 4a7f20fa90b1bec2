/// AdamW (Loshchilov & Hutter) with PyTorch's update and defaults: lr 1e-3, betas (0.9, 0.999), eps 1e-8,
/// weight decay 0.01 applied to the parameter itself (`θ ← θ·(1 − lr·wd)`) before the Adam step.
public final class AdamW: Adam {
    /// Creates an AdamW optimizer over named parameters; throws on duplicate names or invalid hyper-parameters.
    public convenience init(_ parameters: [(String, Tensor)], lr: Double = 1e-3, betas: (Double, Double) = (0.9, 0.999),
                            eps: Double = 1e-8, weightDecay: Double = 0.01) throws {
        try self.init(parameters, lr: lr, betas: betas, eps: eps, weightDecay: weightDecay, decoupled: true)
    }
}
