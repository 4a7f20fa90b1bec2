import Engine
import Foundation
import GraphExport
import TestSupport
import XCTest

final class DotWriterTests: XCTestCase {
    private func dot(_ snapshot: GraphSnapshot = SampleSnapshots.mlp(), _ options: DotOptions = DotOptions()) -> String {
        DotWriter(options: options).dot(for: snapshot)
    }

    func testDefaultSnapshot() {
        Snapshot.assertMatches(dot(), named: "mlp_default.dot")
    }

    func testCollapsedScopeSnapshot() {
        Snapshot.assertMatches(dot(SampleSnapshots.mlp(), DotOptions(collapse: ["blocks.0.fc"])),
                                        named: "mlp_collapse_fc.dot")
    }

    func testDepthLimitSnapshot() {
        Snapshot.assertMatches(dot(SampleSnapshots.mlp(), DotOptions(maxClusterDepth: 0)),
                                        named: "mlp_depth0.dot")
    }

    func testAnnotatedSnapshot() {
        let options = DotOptions(title: "loss = mse(mlp(x), target)", rankDirection: .bottomToTop)
        Snapshot.assertMatches(dot(SampleSnapshots.mlp(annotated: true), options), named: "mlp_annotated.dot")
    }

    func testHostileLabelsSnapshot() {
        Snapshot.assertMatches(dot(SampleSnapshots.hostile()), named: "hostile.dot")
    }

    func testSameSnapshotGivesSameText() {
        XCTAssertEqual(dot(SampleSnapshots.mlp(annotated: true)), dot(SampleSnapshots.mlp(annotated: true)))
        let text = dot()
        for id in 0...11 { XCTAssertTrue(text.contains("  n\(id) [") || text.contains(" n\(id) ["), "n\(id)") }
    }

    func testTorchvizStyleLabelsAndColours() {
        let text = dot()
        XCTAssertTrue(text.contains(##"n1 [label="blocks.0.fc.weight\n[8×16]", fillcolor="#add8e6"];"##))
        // A bare parameter name gets its module path.
        XCTAssertTrue(text.contains(#"label="blocks.0.fc.bias\n[16]""#))
        XCTAssertTrue(text.contains(##"n9 [label="pow\nexponent=2", fillcolor="#d9d9d9", style="rounded,filled"];"##))
        XCTAssertTrue(text.contains(##"n11 [label="loss\n[]", fillcolor="#caff70"];"##))
        XCTAssertTrue(text.contains(##"n6 -> n5 [style=dashed, color="#d2691e"];"##))
        // Shapes label edges leaving ops only; tensor nodes already show theirs.
        XCTAssertTrue(text.contains(#"n2 -> n4 [label=" [4×16]"];"#))
        XCTAssertTrue(text.contains("  n0 -> n2;\n"))
        XCTAssertTrue(text.contains("rankdir=TB"))
    }

    func testParameterNamesAreQualifiedOnlyWhenBare() {
        var snapshot = SampleSnapshots.mlp()
        snapshot.nodes[1].label = "embed.weight"  // a tied weight drawn in another module's scope
        let text = dot(snapshot)
        XCTAssertTrue(text.contains(#"n1 [label="embed.weight\n[8×16]""#))
        XCTAssertTrue(text.contains(#"n3 [label="blocks.0.fc.bias\n[16]""#))
        XCTAssertTrue(dot(snapshot, DotOptions(qualifyParameterNames: false)).contains(#"n3 [label="bias\n[16]""#))
    }

    func testClustersNestByScope() {
        let text = dot()
        XCTAssertTrue(text.contains("subgraph cluster_0 {\n    graph [label=\"blocks\""))
        XCTAssertTrue(text.contains("subgraph cluster_1 {\n      graph [label=\"blocks.0\""))
        XCTAssertTrue(text.contains("subgraph cluster_2 {\n        graph [label=\"blocks.0.fc\""))
        XCTAssertTrue(text.contains("subgraph cluster_3 {\n    graph [label=\"mse\""))
        XCTAssertFalse(dot(SampleSnapshots.mlp(), DotOptions(showClusters: false)).contains("subgraph"))
    }

    func testCollapsedScopeKeepsEdgesInAndOut() {
        let text = dot(SampleSnapshots.mlp(), DotOptions(maxClusterDepth: 0))
        XCTAssertTrue(text.contains(#"s0 [label="blocks\n3 ops · 144 params", shape=box3d"#))
        XCTAssertTrue(text.contains(#"s1 [label="mse\n3 ops · 0 params""#))
        XCTAssertTrue(text.contains("  n0 -> s0;\n"))
        XCTAssertTrue(text.contains(#"s0 -> s1 [label=" [4×16]"];"#))
        XCTAssertTrue(text.contains(#"s1 -> n11 [label=" []"];"#))
        for hidden in [1, 2, 3, 4, 5, 6, 8, 9, 10] { XCTAssertFalse(text.contains(" n\(hidden) "), "n\(hidden)") }
        XCTAssertFalse(text.contains("subgraph"))
        XCTAssertFalse(text.contains("s0 -> s0"))
    }

    func testCollapseBySetKeepsOuterClusters() {
        let text = dot(SampleSnapshots.mlp(), DotOptions(collapse: ["blocks.0.fc"]))
        XCTAssertTrue(text.contains(#"s0 [label="blocks.0.fc\n2 ops · 144 params""#))
        XCTAssertTrue(text.contains("label=\"blocks.0\""))
        XCTAssertFalse(text.contains("label=\"blocks.0.fc\","))
        XCTAssertTrue(text.contains(#"s0 -> n5 [label=" [4×16]"];"#))
    }

    func testOutputIsNeverCollapsed() {
        var snapshot = SampleSnapshots.mlp()
        snapshot.nodes[11].scope = ["mse"]
        let text = dot(snapshot, DotOptions(collapse: ["mse"]))
        XCTAssertTrue(text.contains("n11 [label=\"loss"))
        XCTAssertTrue(text.contains("s0 -> n11"))
    }

    func testAnnotationsCanBeHidden() {
        let snapshot = SampleSnapshots.mlp(annotated: true)
        let shown = dot(snapshot)
        XCTAssertTrue(shown.contains(#"label="blocks.0.fc.weight\n[8×16]\n‖grad‖=0.0312""#))
        XCTAssertTrue(shown.contains(#"label="relu\nmean 0.207""#))
        let hidden = dot(snapshot, DotOptions(showValues: false, showGradNorms: false))
        XCTAssertFalse(hidden.contains("‖grad‖"))
        XCTAssertFalse(hidden.contains("mean 0.207"))
    }

    func testEdgeShapeModes() {
        XCTAssertFalse(dot(SampleSnapshots.mlp(), DotOptions(edgeShapes: .none)).contains("label=\" ["))
        XCTAssertTrue(dot(SampleSnapshots.mlp(), DotOptions(edgeShapes: .all)).contains(#"n0 -> n2 [label=" [4×8]"];"#))
    }

    func testDanglingAndDuplicateEdgesAreDropped() {
        var snapshot = SampleSnapshots.mlp()
        snapshot.edges += [GraphSnapshot.Edge(from: 0, to: 99, shape: [1]), snapshot.edges[0]]
        let text = dot(snapshot)
        XCTAssertFalse(text.contains("n99"))
        XCTAssertEqual(text.components(separatedBy: "n0 -> n2").count, 2)
    }

    func testEscapingOfHostileText() {
        let text = dot(SampleSnapshots.hostile())
        XCTAssertTrue(text.contains(#"say \"hi\""#))
        XCTAssertTrue(text.contains(#"back\\slash \\N \\n"#))
        XCTAssertTrue(text.contains(#"two\nlines"#))
        XCTAssertTrue(text.contains(#"x}\"; y -> z"#))
        XCTAssertFalse(text.contains("two\nlines"), "a raw newline inside a quoted label")
        XCTAssertNoThrow(try GraphRenderer.validate(dot: text))
    }

    func testGraphNameIsQuotedWhenNeeded() {
        XCTAssertTrue(dot(SampleSnapshots.mlp(), DotOptions(graphName: "my graph")).hasPrefix("digraph \"my graph\" {"))
        XCTAssertTrue(dot(SampleSnapshots.mlp(), DotOptions(graphName: "node")).hasPrefix("digraph \"node\" {"))
    }

    /// Every variant must lay out and render without even a warning (an unknown attribute or colour).
    func testOutputIsAcceptedByTheLibraryWithoutWarnings() throws {
        for text in allVariants() {
            let result = try GraphRenderer.render(dot: text, graphvizFormat: "svg", warningsAsErrors: true)
            XCTAssertFalse(result.bytes.isEmpty)
        }
    }

    func testOutputIsAcceptedByTheDotProgram() throws {
        guard let dotPath = ["/usr/bin/dot", "/usr/local/bin/dot"].first(where: FileManager.default.isExecutableFile)
        else { throw XCTSkip("the dot program is not installed") }
        for text in allVariants() {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: dotPath)
            process.arguments = ["-Tsvg", "-o", "/dev/null"]
            let input = Pipe(), errors = Pipe()
            process.standardInput = input
            process.standardError = errors
            try process.run()
            input.fileHandleForWriting.write(Data(text.utf8))
            try input.fileHandleForWriting.close()
            let stderr = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0)
            XCTAssertEqual(String(decoding: stderr, as: UTF8.self), "")
        }
    }

    private func allVariants() -> [String] {
        [dot(), dot(SampleSnapshots.mlp(annotated: true), DotOptions(title: "t", rankDirection: .bottomToTop)),
         dot(SampleSnapshots.mlp(), DotOptions(collapse: ["blocks.0.fc"])),
         dot(SampleSnapshots.mlp(), DotOptions(svgIDPrefix: "c1", maxClusterDepth: 1, edgeShapes: .all)),
         dot(SampleSnapshots.hostile()), dot(GraphSnapshot(nodes: [], edges: []))]
    }
}
