import Plot
import XCTest

/// A clock the test moves by hand.
final class ManualClock: @unchecked Sendable {
    var now = 0.0
    var read: @Sendable () -> Double { { [unowned self] in self.now } }
}

final class ProgressReporterTests: XCTestCase {
    func testPlainLinesEveryTenPercentWithoutTimings() {
        let clock = ManualClock()
        var progress = ProgressReporter(total: 100, style: .plain(everyPercent: 10), clock: clock.read)
        var lines: [String] = []
        for i in 1...100 {
            clock.now += 0.01
            if let text = progress.update(completed: i, metrics: [("loss", 1 / Double(i))]) { lines.append(text) }
        }
        if let text = progress.finish(metrics: [("loss", 0.01)]) { lines.append(text) }
        XCTAssertEqual(lines.count, 10)
        XCTAssertEqual(lines.first, "progress 10/100 loss=0.1\n")
        XCTAssertEqual(lines.last, "progress 100/100 loss=0.01\n")
        XCTAssertFalse(lines.joined().contains("it/s"))
    }

    func testPlainLinesWithTimings() {
        let clock = ManualClock()
        var progress = ProgressReporter(total: 4, style: .plain(everyPercent: 50), timings: true, clock: clock.read)
        clock.now = 1
        XCTAssertNil(progress.update(completed: 1))
        clock.now = 2
        XCTAssertEqual(progress.update(completed: 2, metrics: [("loss", 0.41234)]), "progress 2/4 1 it/s ETA 2s loss=0.412\n")
        clock.now = 4
        XCTAssertEqual(progress.update(completed: 4), "progress 4/4 1 it/s done in 4s\n")
        XCTAssertNil(progress.finish())
    }

    func testPlainJumpPrintsOneLineAndEarlyBreakReportsAtFinish() {
        let clock = ManualClock()
        var progress = ProgressReporter(total: 10, style: .plain(everyPercent: 10), clock: clock.read)
        XCTAssertEqual(progress.update(completed: 5), "progress 5/10\n")
        XCTAssertNil(progress.update(completed: 5))
        XCTAssertEqual(progress.update(completed: 6), "progress 6/10\n")
        XCTAssertNil(progress.update(completed: 6))
        _ = progress.update(completed: 7)
        XCTAssertNil(progress.finish())
        var broken = ProgressReporter(total: 10, style: .plain(everyPercent: 50), clock: clock.read)
        XCTAssertNil(broken.update(completed: 3))
        XCTAssertEqual(broken.finish(), "progress 3/10\n")
    }

    func testTerminalBarThrottlesRedraws() {
        let clock = ManualClock()
        var progress = ProgressReporter(total: 100, style: .terminal(barWidth: 10), clock: clock.read)
        clock.now = 4
        let first = progress.update(completed: 50, metrics: [("loss", 0.412)])
        XCTAssertEqual(first, "\r[#####.....] 50/100  12.5 it/s  ETA 4s  loss=0.412\u{1B}[K")
        clock.now = 4.05
        XCTAssertNil(progress.update(completed: 51), "redrawn at most ~10 times a second")
        clock.now = 4.2
        XCTAssertNotNil(progress.update(completed: 52))
        clock.now = 4.21
        XCTAssertNotNil(progress.update(completed: 100), "the last item always draws")
        clock.now = 8
        XCTAssertEqual(progress.finish(metrics: [("loss", 0.3)]), "\r[##########] 100/100  12.5 it/s  done in 8s  loss=0.3\u{1B}[K\n")
    }

    func testTerminalWithoutTotal() {
        let clock = ManualClock()
        var progress = ProgressReporter(total: nil, style: .terminal(barWidth: 10), clock: clock.read)
        clock.now = 0.5
        XCTAssertEqual(progress.update(completed: 1), "\r1 it  2 it/s\u{1B}[K")
        clock.now = 100
        XCTAssertEqual(progress.update(completed: 2), "\r2 it  50 s/it\u{1B}[K")
    }

    func testDurations() {
        XCTAssertEqual(ProgressReporter.duration(0.42), "0.4s")
        XCTAssertEqual(ProgressReporter.duration(42), "42s")
        XCTAssertEqual(ProgressReporter.duration(65), "1m05s")
        XCTAssertEqual(ProgressReporter.duration(7380), "2h03m")
    }
}
