import Plot
import XCTest

final class SparklineAndHistoryTests: XCTestCase {
    func testSparklineLine() {
        let line = Sparkline().line(name: "loss", values: [2.3, 1.9, 1.5, 1.2, 0.9, 0.7, 0.55, 0.45, 0.41])
        XCTAssertEqual(line, "loss █▇▅▄▃▂▂▁▁ min 0.41 max 2.3 last 0.41")
    }

    func testSparklineSkipsNonFiniteAndHandlesFlat() {
        XCTAssertEqual(Sparkline().bars([1, .nan, 3]), "▁ █")
        XCTAssertEqual(Sparkline().bars([2, 2, 2]), "▄▄▄")
        XCTAssertEqual(Sparkline().line(name: "x", values: [.nan]), "x (no data)")
        XCTAssertEqual(Sparkline().line(name: "", values: [1, .infinity, 2]), "▁ █ min 1 max 2 last 2")
    }

    func testSparklineDownsamplesLongSeries() {
        let bars = Sparkline(maxWidth: 10).bars((0..<1000).map(Double.init))
        XCTAssertEqual(bars.count, 10)
        XCTAssertEqual(bars, "▁▂▃▃▄▅▆▆▇█")
    }

    func testSparklineLogScale() {
        // Evenly spaced decades are evenly spaced bars on a log scale.
        XCTAssertEqual(Sparkline().bars([1, 10, 100, 1000, 10000, 1e5, 1e6, 1e7], log: true), "▁▂▃▄▅▆▇█")
    }

    func testSparklinesForPlotAlignNames() {
        let spec = PlotSpec(series: [PlotSeries(name: "loss", ys: [2, 1]), PlotSeries(name: "kl", ys: [0, 1])], title: "Training")
        XCTAssertEqual(Sparkline().lines(for: spec), [
            "Training",
            "loss █▁ min 1 max 2 last 1",
            "kl   ▁█ min 0 max 1 last 1",
        ])
    }

    func testMetricHistoryRecordsAndPlots() {
        var history = MetricHistory()
        history.record(step: 0, ["loss": 2, "acc": 0.1])
        history.record(step: 1, name: "loss", value: 1.5)
        history.recordEvent(step: 1, label: "reset")
        history.record(step: 2, ["loss": 1, "acc": 0.5])
        XCTAssertEqual(history.names, ["acc", "loss"])
        XCTAssertEqual(history.points("loss").map(\.value), [2, 1.5, 1])
        XCTAssertEqual(history.latest().map(\.name), ["acc", "loss"])
        XCTAssertEqual(history.latest().map(\.value), [0.5, 1])

        let spec = history.plot(metrics: ["loss", "nope"], title: "loss", smoothing: .window(2))
        XCTAssertEqual(spec.series, [PlotSeries(name: "loss", xs: [0, 1, 2], ys: [2, 1.5, 1])])
        XCTAssertEqual(spec.events, [PlotEvent(x: 1, label: "reset")])
        XCTAssertEqual(spec.xLabel, "step")
        XCTAssertEqual(spec.smoothing, .window(2))
        XCTAssertEqual(history.plot().series.count, 2)
    }

    func testMetricHistorySummary() {
        var history = MetricHistory()
        for (i, v) in [2.0, .nan, 0.41234, 0.5].enumerated() { history.record(step: Double(i), name: "loss", value: v) }
        let table = history.summary()
        XCTAssertEqual(table.header, ["metric", "count", "first", "last", "min", "max"])
        XCTAssertEqual(table.rows, [["loss", "4", "2", "0.5", "0.4123", "2"]])
    }
}
