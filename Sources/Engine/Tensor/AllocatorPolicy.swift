#if canImport(Glibc)
import CMalloc
#endif

/// How tensor storage asks the C allocator for memory.
///
/// glibc serves blocks above its mmap threshold with fresh `mmap`s and returns freed heap tops to
/// the kernel, so a training step that allocates and frees the same activation-sized buffers
/// every iteration page-faults on all of them again (about 15% of a tiny-GPT step). Raising both
/// thresholds once keeps those pages in the process for reuse; RSS stays at the peak working set.
enum AllocatorPolicy {
    /// Applied on first use of tensor storage; the value only exists so Swift runs the set-up once.
    static let applied: Bool = {
        #if canImport(Glibc)
        // 32 MiB is the largest mmap threshold glibc accepts on 64-bit; the heap top is trimmed
        // only once 2 GiB of it is free.
        _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
        _ = mallopt(M_TRIM_THRESHOLD, Int32.max)
        return true
        #else
        return false
        #endif
    }()
}
