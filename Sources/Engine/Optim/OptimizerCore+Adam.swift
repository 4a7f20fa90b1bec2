import Foundation

extension OptimizerCore {
    /// One Adam step over every parameter with a gradient; `decoupled` selects AdamW's weight decay.
    ///
    /// Bias corrections are computed in Double from each parameter's own step count, then the
    /// scalars are rounded to Float once, as PyTorch's single-tensor CPU path does.
    func adamStep(lr: Double, beta1: Double, beta2: Double, eps: Double, weightDecay: Double, decoupled: Bool) throws {
        let items = try updatable()
        stepCount += 1
        Autograd.noGrad {
            for (name, p, g) in items {
                let m = buffer("exp_avg", name, like: p)
                let v = buffer("exp_avg_sq", name, like: p)
                let t = Double(advance(name))
                let bc1 = 1 - Foundation.pow(beta1, t)
                let bc2 = 1 - Foundation.pow(beta2, t)
                let scalars = OptimizerKernels.AdamScalars(
                    oneMinusBeta1: Float(1 - beta1), beta2: Float(beta2), oneMinusBeta2: Float(1 - beta2),
                    l2: decoupled ? 0 : Float(weightDecay),
                    decay: decoupled && weightDecay != 0 ? Float(1 - lr * weightDecay) : 1,
                    negStepSize: Float(-(lr / bc1)), biasCorrection2Sqrt: Float(bc2.squareRoot()), eps: Float(eps))
                OptimizerKernels.adam(p.basePointer, g.basePointer, m.basePointer, v.basePointer, count: p.count, scalars)
            }
        }
    }

    /// Checks Adam-family hyper-parameters the way PyTorch's constructor does, naming the bad one.
    static func validateAdam(kind: String, lr: Double, beta1: Double, beta2: Double, eps: Double, weightDecay: Double) throws {
        guard lr >= 0, lr.isFinite else { throw TensorError(kind, "invalid learning rate \(lr) (must be finite and ≥ 0)") }
        guard eps >= 0, eps.isFinite else { throw TensorError(kind, "invalid eps \(eps) (must be finite and ≥ 0)") }
        guard beta1 >= 0, beta1 < 1 else { throw TensorError(kind, "invalid beta1 \(beta1) (must be in [0, 1))") }
        guard beta2 >= 0, beta2 < 1 else { throw TensorError(kind, "invalid beta2 \(beta2) (must be in [0, 1))") }
        guard weightDecay >= 0, weightDecay.isFinite else { throw TensorError(kind, "invalid weight decay \(weightDecay) (must be finite and ≥ 0)") }
    }
}
