import Synchronization
import XCTest
import Kernels

final class ThreadingTests: XCTestCase {
    func testParallelForVisitsEveryIndexOnce() {
        for (count, threads) in [(0, 2), (1, 2), (5, 1), (7, 2), (100, 3), (3, 8)] {
            let hits = Mutex<[Int]>(Array(repeating: 0, count: count))
            Threading.parallelFor(count, threads: threads) { i in hits.withLock { $0[i] += 1 } }
            XCTAssertEqual(hits.withLock { $0 }, Array(repeating: 1, count: count), "count \(count) threads \(threads)")
        }
    }

    func testMaxThreadsIsSettableAndPositive() {
        let saved = Threading.maxThreads
        defer { Threading.maxThreads = saved }
        XCTAssertGreaterThanOrEqual(saved, 1)
        Threading.maxThreads = 3
        XCTAssertEqual(Threading.maxThreads, 3)
        Threading.maxThreads = 0
        XCTAssertEqual(Threading.maxThreads, 1)
    }
}
