/// Keeps the last few temporary tensors alive.
///
/// Kernels receive raw pointers, and Swift may release a local tensor right after its last use —
/// which is the moment its `basePointer` is read, before the kernel runs. A temporary copy
/// (a contiguous copy of a strided gradient, say) could then be freed while the kernel reads it:
/// accumulating a transposed weight's gradient into an existing `grad` read freed memory. Every
/// internal temporary whose pointer is handed to a kernel goes through `hold`, which keeps it
/// alive until 32 more temporaries have been made — far longer than any one operation needs.
enum TemporaryTensors {
    private static let capacity = 32
    // Single-threaded by design, like the rest of the recording state (see `Autograd`).
    nonisolated(unsafe) private static var ring = [Tensor?](repeating: nil, count: capacity)
    nonisolated(unsafe) private static var next = 0

    /// Returns `t` after recording it in the ring.
    @inline(__always)
    static func hold(_ t: Tensor) -> Tensor {
        ring[next] = t
        next = next + 1 == capacity ? 0 : next + 1
        return t
    }
}
