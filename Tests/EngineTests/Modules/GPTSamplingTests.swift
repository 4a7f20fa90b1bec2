import Engine
import TestSupport
import XCTest

final class GPTSamplingTests: XCTestCase {
    /// A tiny model with weights spread wider than nanoGPT's 0.02 init, so logits are far from uniform.
    private func model(context: Int = 6, layers: Int = 2, tie: Bool = true) throws -> GPT {
        RandomGenerator.seed(21)
        let m = try GPT(GPTConfig(vocabSize: 9, contextLength: context, dModel: 8, heads: 2, layers: layers,
                                  mlpRatio: 2, tieWeights: tie))
        for (i, t) in m.parameters().enumerated() where t.rank == 2 {
            try ParameterTree(tensors: [t]).load(from: ParameterTree(tensors: [testTensor(t.shape, seed: UInt64(100 + i))]))
        }
        return m
    }

    private func tokens(_ rows: [[Int]]) throws -> Tensor {
        try Tensor(shape: [rows.count, rows[0].count], values: rows.flatMap { $0.map(Float.init) })
    }

    func testAttentionDoesNotLookAhead() throws {
        let m = try model()
        let a = try m.logits(tokens([[1, 2, 3, 4, 5]])), b = try m.logits(tokens([[1, 2, 3, 0, 8]]))
        let early = { (t: Tensor) in Array(t.scalars.prefix(3 * 9)) }
        XCTAssertEqual(early(a), early(b), "positions 0-2 ignore later tokens")
        XCTAssertNotEqual(Array(a.scalars.suffix(9)), Array(b.scalars.suffix(9)))
        // The same holds for the bare attention layer on a perturbed input.
        let attn = m.blockList[0].attn
        let x = testTensor([1, 4, 8], seed: 3)
        var values = x.scalars
        values[3 * 8 + 2] += 1
        let y1 = try attn(x), y2 = try attn(Tensor(shape: [1, 4, 8], values: values))
        XCTAssertEqual(Array(y1.scalars.prefix(24)), Array(y2.scalars.prefix(24)))
    }

    func testCachedLogitsMatchTheFullForward() throws {
        let m = try model()
        let seq = [[3, 1, 4, 1, 5, 8], [2, 7, 1, 8, 2, 8]]
        let full = try m.logits(tokens(seq))
        let cache = try m.makeCache(batch: 2)
        let prefill = try m.logits(tokens(seq.map { Array($0.prefix(3)) }), cache: cache)
        XCTAssertEqual(cache.length, 3)
        var pieces = [prefill]
        for t in 3..<6 { pieces.append(try m.logits(tokens(seq.map { [$0[t]] }), cache: cache)) }
        let cached = try Tensor.concat(pieces, axis: 1)
        assertAllClose(cached.scalars, full.scalars, atol: 1e-5)
        XCTAssertFalse(cached.requiresGrad, "the cached path records nothing")
        XCTAssertThrowsError(try m.logits(tokens([[1], [2]]), cache: cache)) { XCTAssertTrue("\($0)".contains("context length")) }
        cache.reset()
        XCTAssertEqual(cache.length, 0)
        XCTAssertThrowsError(try m.logits(tokens([[1]]), cache: cache)) { XCTAssertTrue("\($0)".contains("[2, time ≥ 1]")) }
    }

    func testCachedSamplingEqualsFullForwardSampling() throws {
        let m = try model()
        let prompts = [[1, 2], [3, 4], [5]]
        for (temperature, topK) in [(0.0, nil), (1.0, nil), (0.8, 3)] as [(Double, Int?)] {
            // 9 new tokens overflow the context of 6, so the cropped-window path runs too.
            RandomGenerator.seed(99)
            let cached = try m.generate(prompts: prompts, maxNewTokens: 9, temperature: temperature, topK: topK,
                                        samplesPerPrompt: 2, useCache: true)
            RandomGenerator.seed(99)
            let full = try m.generate(prompts: prompts, maxNewTokens: 9, temperature: temperature, topK: topK,
                                      samplesPerPrompt: 2, useCache: false)
            XCTAssertEqual(cached, full, "temperature \(temperature) topK \(String(describing: topK))")
            XCTAssertEqual(cached.map(\.count), [11, 11, 11, 11, 10, 10])
            XCTAssertEqual(cached[0].prefix(2), [1, 2])
            XCTAssertEqual(cached[5].first, 5)
            if temperature == 0 { XCTAssertEqual(cached[0], cached[1], "greedy samples agree") }
        }
    }

    func testGreedyDecodingPicksTheArgmax() throws {
        let m = try model()
        let out = try m.generate(prompts: [[4, 2, 7]], maxNewTokens: 1, temperature: 0)
        let logits = try m.logits(tokens([[4, 2, 7]]))
        let last = Array(logits.scalars.suffix(9))
        XCTAssertEqual(out[0].last, last.firstIndex(of: last.max() ?? 0))
    }

    func testSamplingIsSeededAndTopKRestricts() throws {
        let m = try model()
        RandomGenerator.seed(5)
        let a = try m.generate(prompts: [[1]], maxNewTokens: 5, samplesPerPrompt: 4)
        RandomGenerator.seed(5)
        let b = try m.generate(prompts: [[1]], maxNewTokens: 5, samplesPerPrompt: 4)
        XCTAssertEqual(a, b)
        XCTAssertGreaterThan(Set(a).count, 1, "four samples of one prompt should not all agree")
        // top-k 1 is greedy.
        let greedy = try m.generate(prompts: [[1]], maxNewTokens: 5, temperature: 0)
        XCTAssertEqual(try m.generate(prompts: [[1]], maxNewTokens: 5, temperature: 1.3, topK: 1), greedy)
        // Sampler on explicit logits: with top-k 2 only the two largest can come out.
        let logits = try Tensor(shape: [1, 4], values: [0, 3, 2.5, -1])
        RandomGenerator.seed(1)
        let draws = try (0..<200).map { _ in try LanguageModeling.sampleTokens(logits: logits, topK: 2)[0] }
        XCTAssertEqual(Set(draws), [1, 2])
        XCTAssertEqual(try LanguageModeling.sampleTokens(logits: logits, temperature: 0), [1])
    }

    func testStopTokenAndArgumentErrors() throws {
        let m = try model()
        let free = try m.generate(prompts: [[1, 2]], maxNewTokens: 6, temperature: 0)
        let stop = free[0][3]
        let stopped = try m.generate(prompts: [[1, 2]], maxNewTokens: 6, temperature: 0, stopToken: stop)
        XCTAssertEqual(stopped[0].last, stop)
        XCTAssertEqual(stopped[0], Array(free[0].prefix(stopped[0].count)))
        XCTAssertLessThanOrEqual(stopped[0].count, 4)
        XCTAssertThrowsError(try m.generate(prompts: [[]], maxNewTokens: 1)) { XCTAssertTrue("\($0)".contains("prompt 0 is empty")) }
        XCTAssertThrowsError(try m.generate(prompts: [[1, 9]], maxNewTokens: 1)) { XCTAssertTrue("\($0)".contains("token 9")) }
        XCTAssertThrowsError(try m.generate(prompts: [[1]], maxNewTokens: 1, topK: 0))
        XCTAssertThrowsError(try m.generate(prompts: [[1]], maxNewTokens: 1, temperature: -1))
        XCTAssertEqual(try m.generate(prompts: [[1, 2]], maxNewTokens: 0), [[1, 2]])
        XCTAssertTrue(m.isTraining, "generation restores the training mode")
    }

    func testWeightTyingSharesStorageAndGradients() throws {
        let m = try model()
        XCTAssertTrue(m.lmHead.weight.storage === m.tokenEmbedding.weight.storage)
        let loss = try m.logits(tokens([[1, 2, 3]])).crossEntropy(targets: tokens([[2, 3, 4]]))
        try loss.backward()
        // The shared table gets the sum of both uses: compare with an untied copy of the same weights.
        let untied = try model(tie: false)
        try untied.lmHead.parameterTree.load(from: ParameterTree([("weight", m.tokenEmbedding.weight)]))
        try untied.parameterTree.load(from: m.parameterTree, strict: false)
        let loss2 = try untied.logits(tokens([[1, 2, 3]])).crossEntropy(targets: tokens([[2, 3, 4]]))
        XCTAssertEqual(try loss2.item(), try loss.item(), accuracy: 1e-6)
        try loss2.backward()
        let sum = try untied.lmHead.weight.grad!.apply(.add, untied.tokenEmbedding.weight.grad!)
        assertAllClose(m.tokenEmbedding.weight.grad?.scalars ?? [], sum.scalars, atol: 1e-6)
    }
}
