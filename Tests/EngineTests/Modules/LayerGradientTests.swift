import Engine
import TestSupport
import XCTest

/// Finite-difference checks of every layer with respect to its input and each of its parameters.
final class LayerGradientTests: XCTestCase {
    /// Checks `module` on `input`: the parameters are swapped for the checker's leaves by `rebinding`.
    private func check<M: Module>(_ name: String, _ module: M, input: Tensor? = nil, reseed: UInt64? = nil,
                                  file: StaticString = #filePath, line: UInt = #line,
                                  _ run: @escaping (M, Tensor?) throws -> Tensor = { m, x in try m(x ?? Tensor(scalar: 0)) }) {
        let params = module.parameters()
        let inputs = (input.map { [$0] } ?? []) + params
        assertGradients(name, inputs: inputs, file: file, line: line) { xs in
            if let reseed { RandomGenerator.seed(reseed) }
            let leaves = Array(xs.dropFirst(input == nil ? 0 : 1))
            let bound = try module.rebinding(parameters: leaves)
            // The checker perturbs its own leaves; a copy instead of a rebinding would pass vacuously.
            XCTAssertTrue(zip(bound.parameters(), leaves).allSatisfy { $0 === $1 }, name, file: file, line: line)
            return try run(bound, input == nil ? nil : xs[0])
        }
    }

    func testLinear() throws {
        RandomGenerator.seed(1)
        check("linear", try Linear(3, 4), input: testTensor([2, 3], seed: 2))
        check("linear 3-d input", try Linear(3, 2), input: testTensor([2, 2, 3], seed: 3))
        check("linear no bias", try Linear(3, 2, bias: false), input: testTensor([2, 3], seed: 4))
    }

    func testEmbedding() throws {
        RandomGenerator.seed(1)
        let ids = try Tensor(shape: [2, 3], values: [0, 2, 2, 4, 1, 0])
        check("embedding", try Embedding(5, 3)) { m, _ in try m(ids) }
    }

    func testLayerNorm() throws {
        RandomGenerator.seed(1)
        let ln = try LayerNorm(5)
        // Non-trivial affine parameters so their gradients are exercised away from 1 and 0.
        try ln.parameterTree.load(from: ParameterTree([("weight", testTensor([5], seed: 8, low: 0.5, high: 1.5)),
                                                       ("bias", testTensor([5], seed: 9))]))
        check("layer norm", ln, input: testTensor([3, 5], seed: 5, low: -2, high: 2))
    }

    func testDropoutWithAFixedMask() throws {
        check("dropout", try Dropout(0.3), input: testTensor([4, 5], seed: 6), reseed: 11)
        let eval = try Dropout(0.3)
        eval.eval()
        let x = testTensor([3], seed: 1)
        XCTAssertEqual(try eval(x).scalars, x.scalars)
    }

    func testMLPAndClassifier() throws {
        RandomGenerator.seed(2)
        check("mlp", try MLP(3, hidden: 5), input: testTensor([2, 3], seed: 7))
        check("mlp tanh-gelu", try MLP(3, hidden: 4, out: 2, activation: .geluTanh), input: testTensor([2, 3], seed: 8))
        check("classifier", try MLPClassifier(sizes: [3, 5, 4, 2], activation: .gelu), input: testTensor([2, 3], seed: 9))
    }

    func testCausalSelfAttention() throws {
        RandomGenerator.seed(3)
        let attn = try CausalSelfAttention(4, heads: 2)
        check("attention", attn, input: testTensor([2, 3, 4], seed: 10))
        check("attention one head", try CausalSelfAttention(4, heads: 1), input: testTensor([1, 4, 4], seed: 11))
        XCTAssertThrowsError(try attn(Tensor.ones([2, 3, 5]))) {
            XCTAssertEqual("\($0)", "CausalSelfAttention: expected input [batch, time, 4], got [2, 3, 5]")
        }
        XCTAssertThrowsError(try CausalSelfAttention(6, heads: 4))
    }

    func testTransformerBlock() throws {
        RandomGenerator.seed(4)
        check("block", try TransformerBlock(4, heads: 2, mlpHidden: 6), input: testTensor([1, 3, 4], seed: 12))
    }

    func testGPTParametersAndEmbeddings() throws {
        RandomGenerator.seed(5)
        let config = GPTConfig(vocabSize: 5, contextLength: 4, dModel: 4, heads: 2, layers: 1, mlpRatio: 1, valueHead: true)
        let model = try GPT(config)
        // nanoGPT's 0.02 init makes every gradient tiny; widen the weights so the check means something.
        for (i, t) in model.parameters().enumerated() where t.rank == 2 {
            try ParameterTree(tensors: [t]).load(from: ParameterTree(tensors: [testTensor(t.shape, seed: UInt64(20 + i))]))
        }
        let tokens = try Tensor(shape: [2, 3], values: [1, 4, 0, 2, 2, 3])
        check("gpt logits", model) { m, _ in try m.logits(tokens) }
        check("gpt values", model) { m, _ in try m.values(tokens) }
        check("gpt from embeddings", model, input: testTensor([2, 3, 4], seed: 13)) { m, e in
            try m.forward(embeddings: e ?? Tensor(scalar: 0))
        }
        let embedded = try model.embed(tokens)
        XCTAssertEqual(embedded.shape, [2, 3, 4])
        XCTAssertEqual(try model.forward(embeddings: embedded).scalars, try model.logits(tokens).scalars)
    }
}
