import Dispatch
import Engine
import Foundation
import GraphExport
import Synchronization
import XCTest

final class GraphRendererTests: XCTestCase {
    private let sample = DotWriter().dot(for: SampleSnapshots.mlp(annotated: true))

    func testSVG() throws {
        let svg = String(decoding: try GraphRenderer.render(dot: sample, format: .svg), as: UTF8.self)
        XCTAssertTrue(svg.contains("<svg"))
        XCTAssertTrue(svg.contains("blocks.0.fc.weight"))
        XCTAssertTrue(svg.contains("‖grad‖=0.0312"))
        XCTAssertTrue(svg.contains("<title>alinea</title>"))
    }

    func testPNG() throws {
        let png = try GraphRenderer.render(dot: sample, format: .png)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    func testPDF() throws {
        let pdf = try GraphRenderer.render(dot: sample, format: .pdf)
        XCTAssertEqual(String(decoding: pdf.prefix(5), as: UTF8.self), "%PDF-")
        XCTAssertTrue(String(decoding: pdf, as: UTF8.self).contains("/CreationDate (D:19700101000000"))
    }

    func testDotIsPassedThroughAfterParsing() throws {
        XCTAssertEqual(try GraphRenderer.render(dot: sample, format: .dot), Array(sample.utf8))
        XCTAssertThrowsError(try GraphRenderer.render(dot: "digraph { a -> }", format: .dot))
    }

    func testRenderingTwiceGivesTheSameBytes() throws {
        for format in [GraphFormat.svg, .png, .pdf] {
            XCTAssertEqual(try GraphRenderer.render(dot: sample, format: format),
                           try GraphRenderer.render(dot: sample, format: format), format.rawValue)
        }
    }

    /// With cgraph's default ID discipline, cluster order (and so the picture) followed heap addresses
    /// and changed with whatever was rendered before.
    func testLayoutDoesNotDependOnEarlierRenders() throws {
        let other = DotWriter(options: DotOptions(collapse: ["mse"])).dot(for: SampleSnapshots.mlp())
        let first = try GraphRenderer.render(dot: sample, format: .svg)
        for _ in 0..<3 {
            _ = try GraphRenderer.render(dot: other, format: .svg)
            XCTAssertEqual(try GraphRenderer.render(dot: sample, format: .svg), first)
        }
    }

    func testSVGMatchesTheDotProgram() throws {
        guard let dotPath = ["/usr/bin/dot", "/usr/local/bin/dot"].first(where: FileManager.default.isExecutableFile)
        else { throw XCTSkip("the dot program is not installed") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dotPath)
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(sample.utf8))
        try input.fileHandleForWriting.close()
        let expected = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(try GraphRenderer.render(dot: sample, format: .svg), [UInt8](expected))
    }

    func testHostileLabelsAreEscapedInSVG() throws {
        let svg = try GraphRenderer.inlineSVG(dot: DotWriter().dot(for: SampleSnapshots.hostile()))
        XCTAssertFalse(svg.contains("<script"))
        XCTAssertTrue(svg.contains("&lt;script&gt;"))
        XCTAssertTrue(svg.contains("say &quot;hi&quot;"))
        // `\N` stays literal text instead of becoming the node's name.
        XCTAssertTrue(svg.contains(#"back\slash \N \n"#))
        XCTAssertTrue(svg.contains(">two<") && svg.contains(">lines<"))
    }

    func testSVGIDPrefixKeepsIdsUnique() throws {
        let dot = DotWriter(options: DotOptions(svgIDPrefix: "cell3")).dot(for: SampleSnapshots.mlp())
        let svg = String(decoding: try GraphRenderer.render(dot: dot, format: .svg), as: UTF8.self)
        let ids = svg.components(separatedBy: " id=\"").dropFirst().compactMap { $0.split(separator: "\"").first }
        XCTAssertEqual(ids.count, Set(ids).count, "duplicate ids: \(ids)")
        XCTAssertTrue(ids.contains("cell3_node1") && ids.contains("cell3_cluster_0"), "\(ids)")
        XCTAssertTrue(ids.allSatisfy { $0.hasPrefix("cell3") }, "\(ids)")
    }

    func testTrailingBackslashInALabel() throws {
        let snapshot = GraphSnapshot(nodes: [.init(id: 0, kind: .input, label: "ends with \\", shape: [1])], edges: [])
        let svg = String(decoding: try GraphRenderer.render(dot: DotWriter().dot(for: snapshot), format: .svg),
                         as: UTF8.self)
        XCTAssertTrue(svg.contains(">ends with \\<"), svg)
    }

    func testSyntaxErrorCarriesGraphvizMessage() throws {
        // A multi-line graph first: Graphviz 2.42 used to carry its line count into the next parse.
        _ = try GraphRenderer.render(dot: sample, format: .svg)
        for _ in 0..<2 {
            XCTAssertThrowsError(try GraphRenderer.render(dot: "digraph {\n a -> ;\n}", format: .svg)) { error in
                XCTAssertEqual(error as? GraphExportError, .syntax("syntax error in line 2 near ';'"))
            }
        }
    }

    func testInputWithTwoGraphsIsRejectedAndDoesNotLeakIntoTheNextParse() throws {
        XCTAssertThrowsError(try GraphRenderer.validate(dot: "digraph a { x } digraph b { y }")) { error in
            XCTAssertEqual(error as? GraphExportError, .syntax("the DOT text holds more than one graph"))
        }
        XCTAssertThrowsError(try GraphRenderer.validate(dot: "digraph a { x } digraph {"))
        let svg = String(decoding: try GraphRenderer.render(dot: "digraph c { z }", format: .svg), as: UTF8.self)
        XCTAssertTrue(svg.contains("<title>c</title>"), svg)
    }

    func testEmptyInput() {
        XCTAssertThrowsError(try GraphRenderer.render(dot: "  /* nothing */ ", format: .svg)) { error in
            XCTAssertEqual(error as? GraphExportError, .emptyInput)
        }
    }

    func testUnknownFormatCarriesGraphvizMessage() {
        XCTAssertThrowsError(try GraphRenderer.render(dot: sample, graphvizFormat: "bogus")) { error in
            guard case .render(let format, let message)? = error as? GraphExportError else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(format, "bogus")
            XCTAssertTrue(message.contains("bogus"), message)
        }
    }

    func testUnknownLayoutCarriesGraphvizMessage() {
        XCTAssertThrowsError(try GraphRenderer.render(dot: sample, graphvizFormat: "svg", layout: "nolayout")) { error in
            guard case .layout(let message)? = error as? GraphExportError else { return XCTFail("unexpected \(error)") }
            XCTAssertTrue(message.contains("nolayout") && message.contains("not recognized"), message)
        }
    }

    func testBadAttributesAreReportedAsWarnings() throws {
        // Graphviz warns about an unknown colour once per process, so each check uses a fresh name.
        let colour = { "nosuch" + UUID().uuidString.filter(\.isLetter).lowercased() }
        let first = colour()
        let result = try GraphRenderer.render(dot: "digraph { a [color=\(first)]; a -> b }", graphvizFormat: "svg")
        XCTAssertEqual(result.warnings, ["\(first) is not a known color."])
        let second = colour()
        XCTAssertThrowsError(try GraphRenderer.render(dot: "digraph { a [color=\(second)] }", graphvizFormat: "svg",
                                                      warningsAsErrors: true)) { error in
            XCTAssertEqual(error as? GraphExportError, .warnings(["\(second) is not a known color."]))
        }
    }

    func testRecoversAfterErrors() throws {
        XCTAssertThrowsError(try GraphRenderer.render(dot: "digraph { \"unterminated }", format: .svg))
        XCTAssertThrowsError(try GraphRenderer.render(dot: "graph { a -> b }", format: .svg))
        let result = try GraphRenderer.render(dot: sample, graphvizFormat: "svg")
        XCTAssertEqual(result.warnings, [])
    }

    func testConcurrentCallsAreSerialised() throws {
        let expected = try GraphRenderer.render(dot: sample, format: .svg)
        let outcomes = Mutex<[Bool]>([])
        let sample = self.sample
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            let bytes = try? GraphRenderer.render(dot: sample, format: index % 2 == 0 ? .svg : .png)
            let ok = index % 2 == 0 ? bytes == expected : bytes?.count ?? 0 > 8
            outcomes.withLock { $0.append(ok) }
        }
        XCTAssertEqual(outcomes.withLock { $0 }, Array(repeating: true, count: 8))
    }

    func testWriteChoosesFormatFromExtension() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("alinea-gx-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let expectations: [(String, [UInt8])] = [
            ("g.svg", Array("<?xml".utf8)), ("g.PNG", [0x89, 0x50]), ("g.pdf", Array("%PDF".utf8)),
            ("g.dot", Array("digraph".utf8)), ("g.gv", Array("digraph".utf8)),
        ]
        for (name, magic) in expectations {
            let path = directory.appendingPathComponent(name).path
            try GraphRenderer.write(dot: sample, to: path)
            try GraphRenderer.write(dot: sample, to: path)  // overwriting an existing file works too
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            XCTAssertEqual(Array(bytes.prefix(magic.count)), magic, name)
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        XCTAssertEqual(left, ["g.PNG", "g.dot", "g.gv", "g.pdf", "g.svg"], "no temporary files left behind")
    }

    func testWriteRejectsUnknownExtension() {
        XCTAssertThrowsError(try GraphRenderer.write(dot: sample, to: "/tmp/graph.txt")) { error in
            XCTAssertEqual(error as? GraphExportError,
                           .unsupportedExtension("txt", supported: ["dot", "gv", "svg", "png", "pdf"]))
            XCTAssertEqual("\(error)", "unsupported file extension '.txt'; use one of .dot, .gv, .svg, .png, .pdf")
        }
        XCTAssertThrowsError(try GraphRenderer.write(dot: sample, to: "/tmp/graph")) { error in
            XCTAssertTrue("\(error)".hasPrefix("missing file extension"))
        }
    }

    func testWriteReportsIOErrors() {
        XCTAssertThrowsError(try GraphRenderer.write(dot: sample, to: "/nonexistent-dir/x/graph.svg")) { error in
            guard case .io(let path, _)? = error as? GraphExportError else { return XCTFail("unexpected \(error)") }
            XCTAssertEqual(path, "/nonexistent-dir/x/graph.svg")
        }
    }

    func testPluginsProvideTheFormatsWeNeed() {
        let formats = GraphRenderer.availableFormats()
        for format in ["svg", "png", "pdf"] { XCTAssertTrue(formats.contains(format), "\(format) in \(formats)") }
        XCTAssertNotNil(GraphRenderer.graphvizVersion())
    }
}
