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

    func testThreadCountFromEnvironment() {
        XCTAssertEqual(Threading.threads(fromEnvironment: "1"), 1)
        XCTAssertEqual(Threading.threads(fromEnvironment: " 3 "), 3)
        let processors = Threading.threads(fromEnvironment: nil)
        XCTAssertGreaterThanOrEqual(processors, 1)
        for bad in ["", "0", "-2", "two", "1.5"] {
            XCTAssertEqual(Threading.threads(fromEnvironment: bad), processors, "ALINEA_THREADS=\(bad)")
        }
    }
}
