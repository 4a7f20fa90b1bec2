/// Keys and values of every attention layer for the positions a model has already read, so
/// sampling runs only the newest token through the model at each step.
///
/// Buffers are preallocated [batch, capacity, D] per layer; positions 0 ..< length are valid.
public final class KVCache {
    /// Number of sequences the cache holds.
    public let batch: Int
    /// Most positions the cache can hold (the model's context length).
    public let capacity: Int
    /// Positions cached so far.
    public private(set) var length = 0
    /// Per-layer key buffers [batch, capacity, D].
    let keys: [Tensor]
    /// Per-layer value buffers [batch, capacity, D].
    let values: [Tensor]

    /// An empty cache for `layers` attention layers of width `dModel`.
    public init(batch: Int, capacity: Int, layers: Int, dModel: Int) throws {
        try Shape.validate([batch, capacity, dModel], operation: "KVCache")
        guard batch > 0, capacity > 0, layers >= 0 else {
            throw TensorError("KVCache", "batch \(batch) and capacity \(capacity) must be positive")
        }
        self.batch = batch
        self.capacity = capacity
        keys = (0..<layers).map { _ in Tensor(uninitializedShape: [batch, capacity, dModel]) }
        values = (0..<layers).map { _ in Tensor(uninitializedShape: [batch, capacity, dModel]) }
    }

    /// Number of attention layers covered.
    public var layers: Int { keys.count }

    /// Forgets every cached position (the buffers are reused).
    public func reset() { length = 0 }

    /// Marks `n` more positions as cached after a forward step wrote them.
    func advance(by n: Int) { length += n }
}
