/// A reference-counted, heap-allocated buffer of Float32 values shared by a tensor and its views.
public final class TensorStorage {
    /// Start of the buffer.
    public let pointer: UnsafeMutablePointer<Float>
    /// Number of elements the buffer holds.
    public let count: Int

    /// Allocates an uninitialised buffer of `count` elements (at least one, so views never see a null pointer).
    public init(uninitializedCount count: Int) {
        self.count = count
        pointer = UnsafeMutablePointer<Float>.allocate(capacity: Swift.max(count, 1))
    }

    /// Allocates a buffer filled with `value`.
    public convenience init(count: Int, repeating value: Float) {
        self.init(uninitializedCount: count)
        pointer.initialize(repeating: value, count: Swift.max(count, 1))
    }

    /// Allocates a buffer holding a copy of `values`.
    public convenience init(_ values: [Float]) {
        self.init(uninitializedCount: values.count)
        values.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { pointer.update(from: base, count: values.count) }
        }
    }

    deinit { pointer.deallocate() }
}
