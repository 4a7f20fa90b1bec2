import Synchronization
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Worker-count policy and a fork-join helper shared by every kernel that may use threads.
public enum Threading {
    /// An atomic rather than `nonisolated(unsafe)`: the Engine may change it while kernels run on other threads.
    private static let storedMaxThreads = Atomic<Int>(Threading.defaultThreads())

    /// Upper bound on workers a kernel may use, never below 1: `ALINEA_THREADS` when set to a
    /// positive number, else the number of online processors.
    public static var maxThreads: Int {
        get { storedMaxThreads.load(ordering: .relaxed) }
        set { storedMaxThreads.store(Swift.max(1, newValue), ordering: .relaxed) }
    }

    /// Calls `body(i)` once for every `i` in `0..<count`, on up to `threads` workers; inline when threads ≤ 1 or count ≤ 1.
    public static func parallelFor(_ count: Int, threads: Int, _ body: (Int) -> Void) {
        let workers = Swift.min(threads, count)
        guard workers > 1 else {
            for i in 0..<Swift.max(count, 0) { body(i) }
            return
        }
        let ran = WorkerPool.shared.run(workers: workers) { worker in
            var i = worker
            while i < count {
                body(i)
                i += workers
            }
        }
        // The pool was busy (a nested parallel region, or another thread's): run inline instead.
        if !ran {
            for i in 0..<count { body(i) }
        }
    }

    /// Splits `count` items into at most `parts` contiguous ranges whose bounds are multiples of `granule`.
    static func ranges(_ count: Int, parts: Int, granule: Int) -> [Range<Int>] {
        let units = (count + granule - 1) / granule
        let pieces = Swift.max(1, Swift.min(parts, units))
        var result: [Range<Int>] = []
        result.reserveCapacity(pieces)
        var start = 0
        for piece in 0..<pieces {
            let endUnits = units * (piece + 1) / pieces
            let end = Swift.min(count, endUnits * granule)
            if end > start { result.append(start..<end) }
            start = end
        }
        return result
    }

    private static func defaultThreads() -> Int {
        threads(fromEnvironment: getenv("ALINEA_THREADS").map { String(cString: $0) })
    }

    /// The thread count an `ALINEA_THREADS` value asks for: a positive integer, else (unset,
    /// malformed, zero or negative) the number of online processors.
    public static func threads(fromEnvironment value: String?) -> Int {
        if let value, let n = Int(value.filter { $0 != " " }), n > 0 { return n }
        return processorCount()
    }

    private static func processorCount() -> Int {
        #if canImport(Darwin) || canImport(Glibc) || canImport(Musl)
        return Swift.max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 1
        #endif
    }
}
