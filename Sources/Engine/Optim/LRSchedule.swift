import Foundation

/// A learning-rate schedule: a pure function from the 0-based index of the step about to run to a rate.
///
/// Warm-up ramps linearly as `peak·(step+1)/warmup`, so the first step already moves (PyTorch's and
/// Hugging Face's warm-ups start at 0 and waste one step) and the peak is reached at step `warmup−1`.
public enum LRSchedule: Sendable, Equatable {
    /// The same rate at every step.
    case constant(Double)
    /// Linear warm-up to `peak` over `warmup` steps, then constant.
    case linearWarmup(peak: Double, warmup: Int)
    /// Linear warm-up, then linear decay from `peak` to `end` at step `total` (the Hugging Face / TRL default shape).
    case linearDecay(peak: Double, warmup: Int, total: Int, end: Double)
    /// Linear warm-up, then half a cosine from `peak` down to `minimum` at step `total`, constant after.
    case cosine(peak: Double, warmup: Int, total: Int, minimum: Double)

    /// The learning rate for step `step` (0-based; negative steps count as 0).
    public func lr(at step: Int) -> Double {
        let s = Swift.max(step, 0)
        switch self {
        case .constant(let lr):
            return lr
        case .linearWarmup(let peak, let warmup):
            return LRSchedule.warm(peak, s, warmup) ?? peak
        case .linearDecay(let peak, let warmup, let total, let end):
            if let w = LRSchedule.warm(peak, s, warmup) { return w }
            return end + (peak - end) * (1 - LRSchedule.progress(s, warmup, total))
        case .cosine(let peak, let warmup, let total, let minimum):
            if let w = LRSchedule.warm(peak, s, warmup) { return w }
            let p = LRSchedule.progress(s, warmup, total)
            return minimum + (peak - minimum) * 0.5 * (1 + Foundation.cos(Double.pi * p))
        }
    }

    /// Sets `optimizer.learningRate` for the step it is about to take (`optimizer.stepCount`).
    public func apply(to optimizer: Optimizer) {
        optimizer.learningRate = lr(at: optimizer.stepCount)
    }

    /// The warm-up rate, or nil once warm-up is over.
    private static func warm(_ peak: Double, _ step: Int, _ warmup: Int) -> Double? {
        guard step < warmup else { return nil }
        return peak * Double(step + 1) / Double(warmup)
    }

    /// Fraction of the post-warm-up span completed at `step`, clamped to [0, 1].
    private static func progress(_ step: Int, _ warmup: Int, _ total: Int) -> Double {
        let span = Swift.max(total - warmup, 1)
        return Swift.min(Swift.max(Double(step - warmup) / Double(span), 0), 1)
    }
}
