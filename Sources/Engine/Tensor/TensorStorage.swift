/// A reference-counted Float32 buffer shared by a tensor and its views.
///
/// It is a `ManagedBuffer`, so the object header and the elements live in one allocation:
/// small tensors pay for a single malloc, which is most of the per-op overhead budget.
public final class TensorStorage: ManagedBuffer<Int, Float> {
    /// Allocates an uninitialised buffer of `count` elements (at least one, so views never see a null pointer).
    public static func allocate(count: Int) -> TensorStorage {
        _ = AllocatorPolicy.applied
        let buffer = TensorStorage.create(minimumCapacity: Swift.max(count, 1)) { _ in count }
        return unsafeDowncast(buffer, to: TensorStorage.self)
    }

    /// Allocates a buffer filled with `value`.
    public static func allocate(count: Int, repeating value: Float) -> TensorStorage {
        let s = allocate(count: count)
        s.pointer.initialize(repeating: value, count: Swift.max(count, 1))
        return s
    }

    /// Allocates a buffer holding a copy of `values`.
    public static func allocate(_ values: [Float]) -> TensorStorage {
        let s = allocate(count: values.count)
        values.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { s.pointer.update(from: base, count: values.count) }
        }
        return s
    }

    /// Start of the elements; stable for the lifetime of the object (the elements are tail-allocated).
    @inlinable public var pointer: UnsafeMutablePointer<Float> {
        withUnsafeMutablePointerToElements { $0 }
    }

    /// Number of elements the buffer holds.
    @inlinable public var count: Int { header }
}
