/// A lookup table from integral ids to learned vectors (PyTorch's `nn.Embedding`, N(0, 1) init).
public final class Embedding: Module {
    /// The table, shape [count, dim].
    public let weight: Tensor
    /// Number of rows (vocabulary size or context length).
    public var count: Int { weight.shape[0] }
    /// Length of each vector.
    public var dim: Int { weight.shape[1] }

    /// A new table with N(0, std²) entries (std 1 as PyTorch by default).
    public convenience init(_ count: Int, _ dim: Int, std: Float = 1) throws {
        guard count > 0, dim > 0 else {
            throw TensorError("Embedding", "sizes must be positive, got count \(count), dim \(dim)")
        }
        try self.init(weight: ParameterInit.normal(std: std).makeWeight([count, dim], fanIn: count))
    }

    /// A layer over an existing [count, dim] table (shared, not copied).
    public init(weight: Tensor) throws {
        guard weight.rank == 2 else {
            throw TensorError("Embedding", "weight must be [count, dim], got \(formatShape(weight.shape))")
        }
        self.weight = weight
        super.init()
        attach(parameter: weight, as: "weight")
    }

    /// ids [...] (integral values in 0..<count) → vectors [..., dim].
    public override func compute(_ ids: Tensor) throws -> Tensor {
        do {
            return try weight.indexSelect(axis: 0, index: ids)
        } catch let e as TensorError {
            throw TensorError(errorName, "ids of shape \(formatShape(ids.shape)) for a table of \(count) rows: \(e.reason)")
        }
    }

    /// A copy through `context`.
    public override func makeCopy(_ context: ModuleCopyContext) throws -> Module {
        try Embedding(weight: context.tensor(weight))
    }
}
