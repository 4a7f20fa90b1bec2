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
    /// malformed, zero or negative) the processors this process may run on.
    public static func threads(fromEnvironment value: String?) -> Int {
        if let value, let n = Int(value.filter { $0 != " " }), n > 0 { return n }
        return processorCount()
    }

    /// Online processors, narrowed to the CPU affinity mask (`taskset`, cpusets) and a cgroup v2
    /// CPU quota (`docker --cpus`): more workers than usable CPUs would only wait on each other.
    private static func processorCount() -> Int {
        #if canImport(Darwin) || canImport(Glibc) || canImport(Musl)
        var count = Swift.max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #if canImport(Glibc)
        if let allowed = affinityCPUCount() { count = Swift.min(count, allowed) }
        if let quota = cgroupCPUQuota() { count = Swift.min(count, quota) }
        #endif
        return count
        #else
        return 1
        #endif
    }

    /// CPUs in this process's affinity mask, from the `Cpus_allowed` line of /proc/self/status
    /// (a comma-separated hex mask; Swift's Glibc module does not expose sched_getaffinity).
    private static func affinityCPUCount() -> Int? {
        guard let line = firstLine(of: "/proc/self/status", startingWith: "Cpus_allowed:") else { return nil }
        let mask = line.dropFirst("Cpus_allowed:".count).filter { $0.isHexDigit }
        let bits = mask.reduce(0) { $0 + (Int(String($1), radix: 16) ?? 0).nonzeroBitCount }
        return bits > 0 ? bits : nil
    }

    /// Whole CPUs allowed by /sys/fs/cgroup/cpu.max ("quota period", or "max" for none), at least 1.
    private static func cgroupCPUQuota() -> Int? {
        guard let line = firstLine(of: "/sys/fs/cgroup/cpu.max", startingWith: "") else { return nil }
        let fields = line.split(separator: " ")
        guard fields.count == 2, let quota = Double(fields[0]),
              let period = Double(fields[1].filter { !$0.isWhitespace }), period > 0 else { return nil }
        return Swift.max(1, Int((quota / period).rounded(.up)))
    }

    /// The first line of a small text file that starts with `prefix`, without its newline.
    private static func firstLine(of path: String, startingWith prefix: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 4096)
        while fgets(&buffer, Int32(buffer.count), file) != nil {
            let line = String(cString: buffer).trimmingSuffixNewline()
            if line.hasPrefix(prefix) { return line }
        }
        return nil
    }
}

private extension String {
    func trimmingSuffixNewline() -> String {
        var s = self
        while s.last == "\n" || s.last == "\r" { s.removeLast() }
        return s
    }
}
