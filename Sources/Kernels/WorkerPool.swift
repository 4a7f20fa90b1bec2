import Dispatch
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Persistent helper threads behind `Threading.parallelFor` that spin briefly between jobs.
///
/// A training step runs a few hundred short parallel regions; waking a parked thread costs
/// 5–20 µs on a VM, comparable to the regions themselves. Helpers here poll for the next job for
/// about 100 µs before parking on a semaphore, as OpenMP runtimes do. One job runs at a time: a
/// `parallelFor` that finds the pool busy (a nested call, or another thread's) runs inline.
final class WorkerPool: @unchecked Sendable {
    // @unchecked: `job` is written only by the thread holding `busy`, before it publishes a new
    // generation, and read only by the helpers taking part in that generation's job.
    static let shared = WorkerPool()

    /// Polls of the generation counter before a helper parks (~100 µs).
    private static let spinLimit = 20_000

    private let busy = Atomic<Bool>(false)
    private let generation = Atomic<Int>(0)
    private let pending = Atomic<Int>(0)
    private let helpersLock = Mutex<[Helper]>([])
    private let width = Atomic<Int>(0)
    private var job: ((Int) -> Void)?

    private final class Helper: Sendable {
        let wake = DispatchSemaphore(value: 0)
        let parked = Atomic<Bool>(false)
    }

    /// Runs `body(worker)` for every worker in `0..<workers` (the caller is worker 0) and returns
    /// when all are done; false, without running anything, when the pool is already in use.
    func run(workers: Int, _ body: (Int) -> Void) -> Bool {
        guard workers > 1, busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else {
            return false
        }
        let helpers = self.helpers(count: workers - 1)
        withoutActuallyEscaping(body) { escapable in
            job = escapable
            width.store(workers, ordering: .relaxed)
            pending.store(workers - 1, ordering: .relaxed)
            // Sequentially consistent with the helpers' park check, so a parking helper either sees
            // this generation or is seen parked (and signalled).
            generation.wrappingAdd(1, ordering: .sequentiallyConsistent)
            for helper in helpers where helper.parked.exchange(false, ordering: .sequentiallyConsistent) {
                helper.wake.signal()
            }
            escapable(0)
            // Yield while waiting: if a helper shares this CPU (more threads than cores), it runs.
            var polls = 0
            while pending.load(ordering: .acquiring) > 0 {
                polls += 1
                if polls % 64 == 0 { sched_yield() }
            }
            job = nil
        }
        busy.store(false, ordering: .releasing)
        return true
    }

    /// The first `count` helpers, launching any that do not exist yet.
    private func helpers(count: Int) -> [Helper] {
        helpersLock.withLock { helpers in
            while helpers.count < count {
                let helper = Helper()
                let index = helpers.count + 1
                let seen = generation.load(ordering: .acquiring)
                let thread = Thread { [unowned self] in self.loop(index: index, helper: helper, seen: seen) }
                thread.name = "alinea-worker-\(index)"
                thread.start()
                helpers.append(helper)
            }
            return Array(helpers.prefix(count))
        }
    }

    private func loop(index: Int, helper: Helper, seen start: Int) {
        var seen = start
        while true {
            var current = generation.load(ordering: .acquiring)
            var spins = 0
            while current == seen && spins < WorkerPool.spinLimit {
                spins += 1
                if spins % 64 == 0 { sched_yield() }
                current = generation.load(ordering: .acquiring)
            }
            if current == seen {
                // Park, unless a job was published between the last poll and raising the flag.
                helper.parked.store(true, ordering: .sequentiallyConsistent)
                if generation.load(ordering: .sequentiallyConsistent) == seen {
                    helper.wake.wait()
                } else if !helper.parked.exchange(false, ordering: .sequentiallyConsistent) {
                    // The publisher already cleared the flag and signalled: consume that signal.
                    helper.wake.wait()
                }
                continue
            }
            seen = current
            // Helpers beyond this job's width sit it out (and must not count as finished).
            guard index < width.load(ordering: .relaxed) else { continue }
            do {
                // The reference to the caller's closure must be gone before the caller is told
                // the job is done: it returns, and its closure may not outlive the call.
                let work = job
                work?(index)
            }
            pending.subtract(1, ordering: .releasing)
        }
    }
}
