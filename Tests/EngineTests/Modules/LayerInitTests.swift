import Engine
import TestSupport
import XCTest

final class LayerInitTests: XCTestCase {
    private func std(_ xs: [Float]) -> Float {
        let m = xs.reduce(0, +) / Float(xs.count)
        return (xs.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Float(xs.count)).squareRoot()
    }

    func testPyTorchDefaults() throws {
        RandomGenerator.seed(1)
        let linear = try Linear(16, 300)
        XCTAssertEqual(linear.weight.shape, [300, 16], "weights are stored [out, in] like PyTorch")
        let bound: Float = 1 / 4
        XCTAssertTrue(linear.weight.scalars.allSatisfy { abs($0) <= bound })
        XCTAssertTrue(linear.bias?.scalars.allSatisfy { abs($0) <= bound } ?? false)
        // U(−b, b) has standard deviation b/√3.
        XCTAssertEqual(std(linear.weight.scalars), bound / Float(3).squareRoot(), accuracy: 0.01)
        let emb = try Embedding(50, 40)
        XCTAssertEqual(std(emb.weight.scalars), 1, accuracy: 0.05)
        let ln = try LayerNorm(6)
        XCTAssertEqual(ln.weight.scalars, [Float](repeating: 1, count: 6))
        XCTAssertEqual(ln.bias?.scalars, [Float](repeating: 0, count: 6))
        XCTAssertEqual(ln.eps, 1e-5)
        // The same seed gives the same layer.
        RandomGenerator.seed(1)
        XCTAssertEqual(try Linear(16, 300).weight.scalars, linear.weight.scalars)
    }

    func testNanoGPTInitialisation() throws {
        RandomGenerator.seed(2)
        let model = try GPT(GPTConfig(vocabSize: 64, contextLength: 32, dModel: 64, heads: 4, layers: 2))
        XCTAssertEqual(std(model.tokenEmbedding.weight.scalars), 0.02, accuracy: 0.002)
        XCTAssertEqual(std(model.blockList[0].attn.q.weight.scalars), 0.02, accuracy: 0.002)
        XCTAssertEqual(std(model.blockList[1].mlp.proj.weight.scalars), 0.01, accuracy: 0.001, "0.02/√(2·layers)")
        XCTAssertEqual(std(model.blockList[0].attn.proj.weight.scalars), 0.01, accuracy: 0.001)
        for (path, t) in model.namedParameters() where path.hasSuffix("bias") {
            XCTAssertTrue(t.scalars.allSatisfy { $0 == 0 }, path)
        }
    }

    func testConfigurationAndShapeErrors() throws {
        func config(_ edit: (inout GPTConfig) -> Void) -> GPTConfig {
            var c = GPTConfig(vocabSize: 5, contextLength: 4, dModel: 8, heads: 2, layers: 1)
            edit(&c)
            return c
        }
        XCTAssertThrowsError(try GPT(config { $0.heads = 3 })) { XCTAssertEqual("\($0)", "GPT: dModel 8 must be a positive multiple of heads 3") }
        XCTAssertThrowsError(try GPT(config { $0.dropout = 1 }))
        XCTAssertThrowsError(try GPT(config { $0.vocabSize = 0 }))
        XCTAssertThrowsError(try Linear(0, 3))
        XCTAssertThrowsError(try Linear(weight: Tensor.ones([2, 3]), bias: Tensor.ones([3]))) {
            XCTAssertEqual("\($0)", "Linear: bias must be [2] for weight [2, 3], got [3]")
        }
        let model = try GPT(config { _ in })
        XCTAssertThrowsError(try model.logits(Tensor(shape: [1, 2], values: [1, 9]))) {
            XCTAssertTrue("\($0)".hasPrefix("Embedding tok_emb: ids of shape [1, 2] for a table of 5 rows"), "\($0)")
        }
        XCTAssertThrowsError(try model.logits(Tensor.zeros([1, 5]))) {
            XCTAssertEqual("\($0)", "GPT: positions 0..<5 exceed the context length 4")
        }
        XCTAssertThrowsError(try model.values(Tensor.zeros([1, 2]))) { XCTAssertTrue("\($0)".contains("no value head")) }
        try model.addValueHead()
        XCTAssertEqual(try model.values(Tensor.zeros([2, 3])).shape, [2, 3])
        XCTAssertEqual(model.namedParameters().last?.path, "value_head.bias")
        XCTAssertEqual(try model.logits(Tensor.zeros([3])).shape, [3, 5], "a 1-d sequence gives [T, vocab]")
        XCTAssertThrowsError(try model.blockList[0].attn(Tensor.ones([1, 2, 4]))) {
            XCTAssertEqual("\($0)", "CausalSelfAttention blocks.0.attn: expected input [batch, time, 8], got [1, 2, 4]")
        }
    }
}
