import Foundation
import Plot
import TestSupport
import XCTest
@testable import Lang

/// Rich outputs of the display builtins, files they write, `Session.graphDOT`, and the lazy
/// progress iterator (which `for` loops use once the interpreter supports `IteratingObject`).
final class DisplayTests: XCTestCase {
    /// A session that keeps what it prints and what it sends to the display hook.
    final class Recorder {
        var printed = ""
        var shown: [RichOutput] = []
        let session: Session

        init() {
            session = Session()
            session.output = { [unowned self] in self.printed += $0 }
            session.interpreter.display = { [unowned self] in self.shown.append($0) }
        }

        @discardableResult
        func run(_ code: String, file: StaticString = #filePath, line: UInt = #line) -> Value? {
            let result = session.run(code)
            if !result.succeeded {
                XCTFail("unexpected error:\n" + DiagnosticRenderer().render(result.diagnostics), file: file, line: line)
            }
            return result.value
        }
    }

    func native<T>(_ value: Value?, as type: T.Type, file: StaticString = #filePath, line: UInt = #line) throws -> T {
        guard case .native(let object)? = value, let typed = object as? T else {
            XCTFail("expected a \(T.self), got \(value.map(\.typeName) ?? "no value")", file: file, line: line)
            throw RuntimeError("wrong type")
        }
        return typed
    }

    func testPlotObjectIsRichAndPrintsSparklines() throws {
        let plot = try native(value(of: "plot([1, 2, 3], title = \"t\", log_y = true, smooth = 0.5)"), as: RichDisplayable.self)
        guard case .plot(let spec) = try plot.richOutput() else { return XCTFail("expected a plot") }
        XCTAssertEqual(spec.series, [PlotSeries(ys: [1, 2, 3])])
        XCTAssertEqual(spec.title, "t")
        XCTAssertTrue(spec.logY)
        XCTAssertEqual(spec.smoothing, .exponential(0.5))
        XCTAssertEqual(plot.description, Sparkline().lines(for: spec).joined(separator: "\n"))
    }

    func testPlotEventsAndWindowSmoothing() throws {
        let plot = try native(value(of: "plot([0, 1], [5, 6], smooth = 20, events = [1, {\"x\": 0.5, \"label\": \"lr\"}])"),
                              as: PlotObject.self)
        XCTAssertEqual(plot.spec.series[0].xs, [0, 1])
        XCTAssertEqual(plot.spec.smoothing, .window(20))
        XCTAssertEqual(plot.spec.events, [PlotEvent(x: 1), PlotEvent(x: 0.5, label: "lr")])
    }

    func testHistoryPlotCarriesEvents() throws {
        let plot = try native(value(of: """
            let h = history()
            h.record(0, {"loss": 1})
            h.record(1, {"loss": 0.5})
            h.event(1, "reset")
            h.plot()
            """), as: PlotObject.self)
        XCTAssertEqual(plot.spec.events, [PlotEvent(x: 1, label: "reset")])
        XCTAssertEqual(plot.spec.series, [PlotSeries(name: "loss", xs: [0, 1], ys: [1, 0.5])])
        XCTAssertEqual(plot.spec.xLabel, "step")
    }

    func testFilesAreWritten() throws {
        let dir = try TemporaryDirectory(prefix: "alinea-display")
        let r = Recorder()
        r.run("""
            let loss = (tensor([1, 2], requires_grad = true) * 3).sum()
            plot([1, 2, 3], "\(dir.file("p.svg"))")
            graph(loss, "\(dir.file("g.png"))")
            graph(loss).save("\(dir.file("g.pdf"))")
            graph(loss).save("\(dir.file("g.gv"))")
            """)
        XCTAssertEqual(r.printed, "saved plot to \(dir.file("p.svg"))\nsaved graph to \(dir.file("g.png"))\n")
        func bytes(_ name: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: dir.file(name)) ?? Data()) }
        XCTAssertTrue(String(decoding: bytes("p.svg"), as: UTF8.self).hasPrefix("<svg"))
        XCTAssertEqual(Array(bytes("g.png").prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        XCTAssertEqual(String(decoding: bytes("g.pdf").prefix(4), as: UTF8.self), "%PDF")
        XCTAssertTrue(String(decoding: bytes("g.gv"), as: UTF8.self).hasPrefix("digraph"))
    }

    func testGraphObjectRendersInlineSVGWithPerSessionIDs() throws {
        let code = """
            let w = tensor([1, 2], requires_grad = true)
            let loss = with_scope("term", fn() { (w * w).sum() })
            [graph(loss), graph(loss)]
            """
        func svgs() throws -> [String] {
            guard case .list(let l)? = value(of: code) else { XCTFail("expected a list"); return [] }
            return try l.items.map { item -> String in
                let g = try native(item, as: GraphObject.self)
                guard case .svg(let svg, let fallback) = try g.richOutput() else { XCTFail("expected svg"); return "" }
                XCTAssertEqual(fallback, "graph: 2 ops, 1 parameter (use graph(t, \"file.svg\") to save)")
                return svg
            }
        }
        let first = try svgs()
        XCTAssertEqual(first.count, 2)
        XCTAssertTrue(first[0].hasPrefix("<svg"))
        XCTAssertTrue(first[0].contains("id=\"g1"), "first graph's ids start with g1")
        XCTAssertTrue(first[1].contains("id=\"g2"), "second graph's ids start with g2")
        XCTAssertFalse(first[1].contains("id=\"g1"))
        // A new session numbers from g1 again: the same notebook gives the same page.
        XCTAssertEqual(try svgs(), first)
    }

    func testSessionGraphDOTMatchesTheLanguage() throws {
        let r = Recorder()
        let fromLanguage = r.run("""
            let w = tensor([[1, 2], [3, 4]], requires_grad = true)
            let loss = with_scope("dpo", fn() { (w @ tensor([1, 1])).sum() })
            graph(loss).dot()
            """)
        let loss = try XCTUnwrap(r.session.value(of: "loss"))
        let dot = try r.session.graphDOT(of: loss)
        guard case .string(let languageDOT)? = fromLanguage else { return XCTFail("expected the DOT text") }
        XCTAssertEqual(languageDOT, dot)
        XCTAssertTrue(dot.contains("cluster_0"))
        XCTAssertTrue(dot.contains("label=\"w\\n[2×2]\""))
        XCTAssertFalse(dot.contains("‖grad‖"))
        r.run("loss.backward()")
        let annotated = try r.session.graphDOT(of: loss, values: true, grads: true)
        XCTAssertTrue(annotated.contains("‖grad‖="))
        // Names borrowed from globals are given back.
        r.run("assert(w.name == nil)")
        XCTAssertThrowsError(try r.session.graphDOT(of: .list([]))) { error in
            XCTAssertEqual((error as? RuntimeError)?.message, "graph() needs a tensor, not list")
        }
    }

    func testSessionWriteGraphReportsGraphvizErrors() throws {
        let dir = try TemporaryDirectory(prefix: "alinea-display")
        let r = Recorder()
        let t = try XCTUnwrap(r.run("tensor([1, 2], requires_grad = true) * 2"))
        try r.session.writeGraph(of: t, to: dir.file("out.svg"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.file("out.svg")))
        XCTAssertThrowsError(try r.session.writeGraph(of: t, to: dir.file("out.bmp"))) { error in
            XCTAssertTrue((error as? RuntimeError)?.message.contains("use one of .dot, .gv, .svg, .png, .pdf") ?? false)
        }
    }

    func testShowSendsRichOutputInOrder() throws {
        let r = Recorder()
        r.run("""
            let w = tensor([1, 2], requires_grad = true)
            show(plot([1, 2]), "text", table([[1, 2]], header = ["a", "b"]), graph(w.sum()))
            """)
        XCTAssertEqual(r.printed, "text\n")
        XCTAssertEqual(r.shown.count, 3)
        guard r.shown.count == 3 else { return }
        if case .plot = r.shown[0] {} else { XCTFail("first is a plot") }
        if case .table(let header, let rows) = r.shown[1] {
            XCTAssertEqual(header, ["a", "b"])
            XCTAssertEqual(rows, [["1", "2"]])
        } else {
            XCTFail("second is a table")
        }
        if case .svg(let svg, _) = r.shown[2] { XCTAssertTrue(svg.hasPrefix("<svg")) } else { XCTFail("third is svg") }
    }

    /// Drives the lazy iterator the way a `for` loop with the `IteratingObject` hook does.
    func testProgressIteratorCountsFinishedIterations() throws {
        let r = Recorder()
        let p = try native(r.run("progress(range(5), every = 20)"), as: ProgressObject.self)
        let iterator = try p.makeIterator()
        var seen: [Value] = []
        while let v = try iterator.next() {
            seen.append(v)
            if seen.count == 3 { p.log([("loss", 0.5)]) }
        }
        iterator.close()
        XCTAssertEqual(seen.map(\.description), ["0", "1", "2", "3", "4"])
        XCTAssertEqual(r.printed, """
            progress 1/5
            progress 2/5
            progress 3/5 loss=0.5
            progress 4/5 loss=0.5
            progress 5/5 loss=0.5

            """)
        // A second loop over the same object starts again; `break` after two items ends it at 2.
        r.printed = ""
        let again = try p.makeIterator()
        _ = try again.next()
        _ = try again.next()
        _ = try again.next()
        again.close()
        XCTAssertEqual(r.printed, "progress 1/5 loss=0.5\nprogress 2/5 loss=0.5\n")
    }

    func testProgressTerminalStyleRedrawsInPlace() throws {
        DisplaySettings.progressStyle = .terminal(barWidth: 4)
        DisplaySettings.clock = { 0 }
        defer { DisplaySettings.reset() }
        let r = Recorder()
        let p = try native(r.run("progress([\"a\", \"b\"])"), as: ProgressObject.self)
        let iterator = try p.makeIterator()
        while try iterator.next() != nil {}
        iterator.close()
        XCTAssertEqual(r.printed, "\r[....] 0/2\u{1B}[K\r[####] 2/2\u{1B}[K\r[####] 2/2  done in 0s\u{1B}[K\n")
    }

    func testTableObjectIsRich() throws {
        let t = try native(value(of: "table([[1, \"x\"]], header = [\"n\", \"s\"])"), as: RichDisplayable.self)
        guard case .table(let header, let rows) = try t.richOutput() else { return XCTFail("expected a table") }
        XCTAssertEqual(header, ["n", "s"])
        XCTAssertEqual(rows, [["1", "x"]])
    }
}
