import Engine
import TestSupport
import XCTest

final class SnapshotTests: XCTestCase {
    func testSnapshotIsDeterministicWithScopesAndAnnotations() throws {
        func build() throws -> (Tensor, GraphSnapshot) {
            let w = try Tensor(shape: [2, 2], values: [1, 2, 3, 4], requiresGrad: true)
            w.name = "layer.weight"
            let x = try Tensor(shape: [1, 2], values: [1, -1])
            x.name = "x"
            let loss = try Autograd.withScope("layer") { try x.matmul(w).relu() }.sum()
            try loss.backward(recordNorms: true)
            return (loss, loss.graphSnapshot(SnapshotOptions(values: true, gradients: true, saved: true)))
        }
        let (_, a) = try build()
        let (_, b) = try build()
        XCTAssertEqual(a, b)
        let matmul = a.nodes.first { $0.label == "matmul" }
        XCTAssertEqual(matmul?.scope, ["layer"])
        XCTAssertEqual(a.nodes.first { $0.kind == .parameter }?.label, "layer.weight")
        XCTAssertEqual(a.nodes.first { $0.kind == .input }?.label, "x")
        XCTAssertNotNil(a.nodes.first { $0.kind == .parameter }?.gradNorm)
        XCTAssertTrue(a.nodes.contains { $0.kind == .saved })
        XCTAssertTrue(a.edges.contains { $0.isSaved })
        XCTAssertEqual(a.nodes.last?.kind, .output)
        XCTAssertEqual(a.nodes.last?.valueSummary, "0")
    }
}
