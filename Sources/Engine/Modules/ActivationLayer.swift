/// A parameterless module applying an `Activation`, so activations can sit in a `Sequential`.
public final class ActivationLayer: Module {
    /// The non-linearity applied.
    public let activation: Activation

    /// A module applying `activation`.
    public init(_ activation: Activation) {
        self.activation = activation
        super.init()
    }

    /// The activation's name (`ReLU`-style names would hide which variant of GELU runs).
    public override var typeName: String { activation.rawValue }

    /// x → activation(x).
    public override func compute(_ x: Tensor) throws -> Tensor { activation.apply(x) }

    /// A copy (no tensors).
    public override func makeCopy(_ context: ModuleCopyContext) throws -> Module { ActivationLayer(activation) }
}
