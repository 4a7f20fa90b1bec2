/// A multilayer perceptron for classification: Linear layers of the given sizes with an activation
/// (and optional dropout) between them, stored as `layers.0`, `layers.1`, ... like a PyTorch
/// `nn.Sequential`, so `layers.0.weight` matches a PyTorch checkpoint of the same stack.
public final class MLPClassifier: Module {
    /// The stack: Linear, activation, [dropout,] Linear, ...; no activation after the last Linear.
    public let layers: Sequential
    /// The layer sizes, input first and number of classes last.
    public let sizes: [Int]

    /// A classifier over `sizes` (at least input and output), e.g. [784, 256, 256, 10].
    public init(sizes: [Int], activation: Activation = .relu, dropout p: Float = 0,
                initialization: ParameterInit = .pytorchDefault) throws {
        guard sizes.count >= 2, sizes.allSatisfy({ $0 > 0 }) else {
            throw TensorError("MLPClassifier", "sizes must list at least two positive sizes, got \(formatShape(sizes))")
        }
        var modules: [Module] = []
        for i in 0..<(sizes.count - 1) {
            modules.append(try Linear(sizes[i], sizes[i + 1], initialization: initialization))
            if i < sizes.count - 2 {
                modules.append(ActivationLayer(activation))
                if p > 0 { modules.append(try Dropout(p)) }
            }
        }
        self.sizes = sizes
        self.layers = try Sequential(modules)
        super.init()
        attach(module: layers, as: "layers")
    }

    private init(sizes: [Int], layers: Sequential) {
        self.sizes = sizes
        self.layers = layers
        super.init()
        attach(module: layers, as: "layers")
    }

    /// x [..., sizes.first] → logits [..., sizes.last].
    public override func compute(_ x: Tensor) throws -> Tensor {
        guard x.rank >= 1, x.shape[x.rank - 1] == sizes[0] else {
            throw TensorError(errorName, "expected input [..., \(sizes[0])], got \(formatShape(x.shape))")
        }
        return try layers.forward(x)
    }

    /// A copy through `context`.
    public override func makeCopy(_ context: ModuleCopyContext) throws -> Module {
        MLPClassifier(sizes: sizes, layers: try context.module(layers))
    }
}
