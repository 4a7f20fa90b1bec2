import Engine
import TestSupport
import XCTest

final class ParameterTreeTests: XCTestCase {
    private func tree(_ seed: UInt64) throws -> ParameterTree {
        try ParameterTree([("a", testTensor([2, 3], seed: seed)), ("b.c", testTensor([4], seed: seed + 10))])
    }

    func testCountsCopyAndZero() throws {
        let t = try tree(1)
        XCTAssertEqual(t.tensorCount, 2)
        XCTAssertEqual(t.parameterCount, 10)
        XCTAssertEqual(t.paths, ["a", "b.c"])
        let c = t.copy()
        XCTAssertEqual(c.paths, t.paths)
        XCTAssertFalse(c["a"] === t["a"])
        XCTAssertEqual(c["a"]?.scalars, t["a"]?.scalars)
        c.zero()
        XCTAssertTrue(c.tensors.allSatisfy { $0.scalars.allSatisfy { $0 == 0 } })
        XCTAssertTrue(t["a"]?.scalars.contains { $0 != 0 } ?? false, "the original is untouched")
        // A tensor listed twice is updated once; a path listed twice is an error.
        let shared = Tensor.ones([2])
        XCTAssertEqual(try ParameterTree([("x", shared), ("y", shared)]).tensorCount, 1)
        XCTAssertThrowsError(try ParameterTree([("x", shared), ("x", Tensor.ones([1]))])) {
            XCTAssertTrue("\($0)".contains("'x' appears twice"))
        }
        XCTAssertEqual(try ParameterTree(tensors: [shared, Tensor.ones([3])]).paths, ["0", "1"])
    }

    func testEmaAndLerpAreExact() throws {
        let ema = try tree(1), theta = try tree(2)
        let before = ema.tensors.map(\.scalars), target = theta.tensors.map(\.scalars)
        let d: Float = 0.9
        try ema.emaUpdate(from: theta, decay: d)
        for (i, t) in ema.tensors.enumerated() {
            XCTAssertEqual(t.scalars, zip(before[i], target[i]).map { d * $0 + (1 - d) * $1 })
            XCTAssertNil(t.gradNode, "no graph is recorded")
        }
        let start = try tree(3), w: Float = 0.25
        let s0 = start.tensors.map(\.scalars)
        try start.lerp(toward: theta, weight: w)
        for (i, t) in start.tensors.enumerated() {
            XCTAssertEqual(t.scalars, zip(s0[i], target[i]).map { $0 + w * ($1 - $0) })
        }
        XCTAssertThrowsError(try ema.emaUpdate(from: theta, decay: 1.5))
        // Even on parameters that require grad, the update happens in place without recording.
        let model = try Linear(2, 2), avg = try model.copy()
        try avg.parameterTree.emaUpdate(from: model.parameterTree, decay: 0.5)
        XCTAssertNil(avg.weight.gradNode)
        XCTAssertEqual(avg.weight.scalars, model.weight.scalars)
    }

    func testLoadMatchesByPathAndReportsMismatches() throws {
        let target = try tree(1), source = try tree(2)
        let reordered = try ParameterTree(source.entries.reversed())
        XCTAssertEqual(try target.load(from: reordered), ["a", "b.c"])
        XCTAssertEqual(target["a"]?.scalars, source["a"]?.scalars)
        XCTAssertFalse(target["a"] === source["a"])

        let wrongShape = try ParameterTree([("a", Tensor.zeros([3, 2])), ("b.c", Tensor.zeros([4]))])
        let fresh = try tree(5)
        let snapshot = fresh.tensors.map(\.scalars)
        XCTAssertThrowsError(try fresh.load(from: wrongShape)) { error in
            XCTAssertEqual("\(error)", "load: 'a' has shape [2, 3] here but [3, 2] in the source")
        }
        XCTAssertEqual(fresh.tensors.map(\.scalars), snapshot, "a failed load writes nothing")
        let missing = try ParameterTree([("a", Tensor.zeros([2, 3]))])
        XCTAssertThrowsError(try fresh.load(from: missing)) { XCTAssertTrue("\($0)".contains("'b.c' is missing")) }
        let extra = try ParameterTree(source.entries + [("z", Tensor.zeros([1]))])
        XCTAssertThrowsError(try fresh.load(from: extra)) { XCTAssertTrue("\($0)".contains("has 'z'")) }
        XCTAssertEqual(try fresh.load(from: missing, strict: false), ["a"])
        XCTAssertEqual(fresh["a"]?.scalars, [Float](repeating: 0, count: 6))
        XCTAssertThrowsError(try fresh.lerp(toward: missing, weight: 0.5))
    }

    func testFreezeUnfreezeAndZeroGrad() throws {
        RandomGenerator.seed(4)
        let model = try MLPClassifier(sizes: [3, 4, 2])
        let loss = try model(Tensor.ones([2, 3])).sum()
        try loss.backward()
        XCTAssertTrue(model.parameters().allSatisfy { $0.grad != nil })
        model.zeroGrad()
        XCTAssertTrue(model.parameters().allSatisfy { $0.grad == nil })
        model.freeze()
        XCTAssertEqual(model.trainableParameterCount, 0)
        XCTAssertFalse(try model(Tensor.ones([2, 3])).requiresGrad, "a frozen model records nothing")
        model.unfreeze()
        XCTAssertEqual(model.trainableParameterCount, model.parameterCount)
    }

    func testLoadBetweenModelsAndTiedWeights() throws {
        RandomGenerator.seed(1)
        let config = GPTConfig(vocabSize: 5, contextLength: 4, dModel: 4, heads: 1, layers: 1)
        let a = try GPT(config), b = try GPT(config)
        try b.parameterTree.load(from: a.parameterTree)
        let tokens = try Tensor(shape: [1, 3], values: [0, 1, 2])
        XCTAssertEqual(try b.logits(tokens).scalars, try a.logits(tokens).scalars)
        XCTAssertTrue(b.lmHead.weight === b.tokenEmbedding.weight)
    }
}
