@testable import Plot
import TestSupport
import XCTest

final class SVGPlotRendererTests: XCTestCase {
    /// A deterministic noisy training curve.
    static func trainingLoss(_ n: Int) -> [Double] {
        var state: UInt64 = 42
        return (0..<n).map { i in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let noise = Double(state >> 40) / Double(1 << 24) - 0.5
            return 2.5 * (1 / (1 + Double(i) / 20)) + 0.3 + 0.25 * noise
        }
    }

    func testSingleSeriesSnapshot() {
        let spec = PlotSpec(ys: [3, 1, 4, 1, 5, 9, 2, 6], title: "digits of pi")
        Snapshot.assertMatches(SVGPlotRenderer().render(spec), named: "single-series.svg")
    }

    func testTrainingCurveWithSmoothingEventsAndLegendSnapshot() {
        let loss = Self.trainingLoss(200)
        let kl = loss.enumerated().map { 0.05 * Double($0.offset % 50) / 10 }
        let spec = PlotSpec(series: [PlotSeries(name: "loss", ys: loss), PlotSeries(name: "kl", ys: kl)],
                            title: "Elastic Reset training", xLabel: "step", yLabel: "value",
                            smoothing: .exponential(0.9),
                            events: [PlotEvent(x: 50, label: "reset"), PlotEvent(x: 100, label: "reset"), PlotEvent(x: 150, label: "reset")])
        Snapshot.assertMatches(SVGPlotRenderer(idPrefix: "training").render(spec), named: "training-smoothed.svg")
    }

    func testLogScaleScatterSnapshot() {
        let xs = (1...40).map { Double($0) * 25 }
        let ys = xs.map { 3 * PlotMath.pow10(-$0 / 400) }
        let spec = PlotSpec(series: [PlotSeries(name: "lr", xs: xs, ys: ys)], title: "learning rate", xLabel: "step",
                            logY: true, kind: .scatter)
        Snapshot.assertMatches(SVGPlotRenderer().render(spec), named: "log-scatter.svg")
    }

    func testNonFiniteValuesAreSkipped() {
        let spec = PlotSpec(series: [PlotSeries(name: "a", ys: [1, .nan, 2, .infinity, 3, -.infinity, 4])], logY: false)
        let svg = SVGPlotRenderer().render(spec)
        XCTAssertFalse(svg.lowercased().contains("nan"))
        XCTAssertFalse(svg.contains("inf"))
        // Three runs → three M commands, the breaks where the non-finite points were.
        let path = svg.split(separator: "\n").first { $0.hasPrefix("<path") } ?? ""
        XCTAssertEqual(path.filter { $0 == "M" }.count, 4, String(path))
        Snapshot.assertMatches(svg, named: "non-finite.svg")
    }

    func testLogScaleSkipsNonPositive() {
        let spec = PlotSpec(series: [PlotSeries(ys: [0, 1, -5, 10, 100])], logY: true)
        let svg = SVGPlotRenderer().render(spec)
        XCTAssertFalse(svg.contains("nan"))
        XCTAssertTrue(svg.contains(">100</text>"))
    }

    func testEmptyPlotSaysNoData() {
        let svg = SVGPlotRenderer().render(PlotSpec(series: [PlotSeries(ys: [.nan])]))
        XCTAssertTrue(svg.contains(">no data</text>"))
        XCTAssertTrue(SVGPlotRenderer().render(PlotSpec(series: [])).contains("no data"))
    }

    func testTextIsEscaped() {
        let evil = "<script>alert(1)</script>"
        let spec = PlotSpec(series: [PlotSeries(name: evil, ys: [1, 2]), PlotSeries(name: "b", ys: [2, 1])],
                            title: evil, xLabel: evil, yLabel: evil, events: [PlotEvent(x: 1, label: evil)])
        let svg = SVGPlotRenderer(idPrefix: "\"><script>").render(spec)
        XCTAssertFalse(svg.contains("<script"))
        XCTAssertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    func testRenderingIsDeterministicAndSized() {
        let spec = PlotSpec(series: [PlotSeries(name: "loss", ys: Self.trainingLoss(5000))], smoothing: .window(50))
        let a = SVGPlotRenderer().render(spec), b = SVGPlotRenderer().render(spec)
        XCTAssertEqual(a, b)
        XCTAssertTrue(a.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"360\""))
        // 5000 points are thinned to at most four per pixel column.
        XCTAssertLessThan(a.utf8.count, 120_000)
    }

    func testPointsLandOnTheRightPixels() {
        let layout = PlotLayout.fit(PlotSpec(series: [PlotSeries(xs: [0, 10], ys: [0, 1])]), width: 640, height: 360)
        guard let (x0, y0) = layout.point(0, 0), let (x1, y1) = layout.point(10, 1) else { return XCTFail("points not drawable") }
        XCTAssertEqual(x0, layout.left)
        XCTAssertEqual(y0, layout.bottom)
        XCTAssertEqual(x1, layout.right)
        XCTAssertEqual(y1, layout.top)
    }
}
