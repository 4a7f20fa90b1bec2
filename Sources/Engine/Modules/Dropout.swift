/// Inverted dropout: in training mode zeroes each element with probability `p` (from the shared
/// seeded generator) and scales the rest by 1/(1−p); the identity in evaluation mode.
public final class Dropout: Module {
    /// Probability of zeroing an element.
    public let p: Float

    /// A dropout layer; `p` must lie in [0, 1).
    public init(_ p: Float) throws {
        guard p >= 0 && p < 1 else { throw TensorError("Dropout", "p must be in [0, 1), got \(p)") }
        self.p = p
        super.init()
    }

    /// x → x with dropout applied when training.
    public override func compute(_ x: Tensor) throws -> Tensor {
        try x.dropout(p: p, training: isTraining)
    }

    /// A copy (dropout has no tensors).
    public override func makeCopy(_ context: ModuleCopyContext) throws -> Module {
        try Dropout(p)
    }
}
