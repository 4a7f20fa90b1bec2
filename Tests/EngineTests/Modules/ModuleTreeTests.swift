import Engine
import TestSupport
import XCTest

final class ModuleTreeTests: XCTestCase {
    private func tinyGPT(tie: Bool = true, valueHead: Bool = false, dropout: Float = 0) throws -> GPT {
        RandomGenerator.seed(7)
        return try GPT(GPTConfig(vocabSize: 7, contextLength: 6, dModel: 8, heads: 2, layers: 2, mlpRatio: 2,
                                 tieWeights: tie, dropout: dropout, valueHead: valueHead))
    }

    func testParameterPathsAndNames() throws {
        let model = try tinyGPT()
        let paths = model.namedParameters().map(\.path)
        XCTAssertEqual(Array(paths.prefix(4)), ["tok_emb.weight", "pos_emb.weight", "blocks.0.ln1.weight", "blocks.0.ln1.bias"])
        XCTAssertTrue(paths.contains("blocks.1.attn.q.weight"))
        XCTAssertTrue(paths.contains("blocks.0.mlp.proj.bias"))
        XCTAssertEqual(paths.last, "ln_f.bias")
        XCTAssertFalse(paths.contains("lm_head.weight"), "a tied weight appears once, under its first path")
        XCTAssertTrue(model.namedParameters(includeShared: true).map(\.path).contains("lm_head.weight"))
        for (path, t) in model.namedParameters() {
            XCTAssertEqual(t.name, path)
            XCTAssertTrue(t.requiresGrad)
        }
        XCTAssertEqual(try model.parameter(at: "blocks.1.attn.q.weight").shape, [8, 8])
        XCTAssertEqual(try model.module(at: "blocks.0.attn").path, "blocks.0.attn")
        XCTAssertThrowsError(try model.module(at: "blocks.7")) { XCTAssertTrue("\($0)".contains("blocks.7")) }
        // Paths on a submodule are relative to it, names stay the full paths.
        let attn = try model.module(at: "blocks.1.attn")
        XCTAssertEqual(attn.namedParameters().first?.path, "q.weight")
        XCTAssertEqual(attn.namedParameters().first?.tensor.name, "blocks.1.attn.q.weight")
    }

    func testParameterCountWithTying() throws {
        let tied = try tinyGPT(tie: true), untied = try tinyGPT(tie: false)
        XCTAssertEqual(untied.parameterCount - tied.parameterCount, 7 * 8)
        XCTAssertTrue(tied.lmHead.weight === tied.tokenEmbedding.weight)
        // 7·8 + 6·8 + 2·(4·(8·8+8) + 2·8·2 + (8·16+16) + (16·8+8)) + 2·8
        XCTAssertEqual(tied.parameterCount, 56 + 48 + 2 * (288 + 32 + 144 + 136) + 16)
        XCTAssertEqual(tied.trainableParameterCount, tied.parameterCount)
        tied.blocks.freeze()
        XCTAssertEqual(tied.trainableParameterCount, 56 + 48 + 16)
    }

    func testScopesFollowModulePaths() throws {
        let model = try tinyGPT()
        let logits = try model(Tensor(shape: [1, 3], values: [1, 2, 3]))
        let scopes = Set(logits.graphSnapshot().nodes.map { $0.scope.joined(separator: ".") })
        XCTAssertTrue(scopes.contains("blocks.0.attn.q"))
        XCTAssertTrue(scopes.contains("blocks.1.mlp.fc"))
        XCTAssertTrue(scopes.contains("lm_head"))
        XCTAssertFalse(scopes.contains { $0.contains("blocks.blocks") || $0.hasPrefix("0") })
        // Called directly, a submodule still draws under its full path.
        let direct = try model.blockList[1].attn(Tensor.randn([1, 2, 8]))
        XCTAssertTrue(direct.graphSnapshot().nodes.contains { $0.scope == ["blocks", "1", "attn", "q"] })
        let parameterNodes = logits.graphSnapshot().nodes.filter { $0.kind == .parameter }.map(\.label)
        XCTAssertTrue(parameterNodes.contains("blocks.0.attn.q.weight"))
    }

    func testTrainEvalIsRecursive() throws {
        let model = try tinyGPT(dropout: 0.1)
        XCTAssertTrue(model.namedModules().allSatisfy { $0.module.isTraining })
        model.eval()
        XCTAssertTrue(model.namedModules().allSatisfy { !$0.module.isTraining })
        let tokens = try Tensor(shape: [1, 4], values: [1, 2, 3, 4])
        XCTAssertEqual(try model.logits(tokens).scalars, try model.logits(tokens).scalars, "eval mode is deterministic")
        model.train()
        XCTAssertNotEqual(try model.logits(tokens).scalars, try model.logits(tokens).scalars, "dropout is active in training")
    }

    func testDeepCopyKeepsTyingModesAndFlags() throws {
        let model = try tinyGPT(valueHead: true, dropout: 0.1)
        model.eval()
        model.tokenEmbedding.freeze()
        let copy = try model.copy()
        XCTAssertEqual(copy.namedParameters().map(\.path), model.namedParameters().map(\.path))
        for ((p, a), (_, b)) in zip(model.namedParameters(), copy.namedParameters()) {
            XCTAssertFalse(a === b, p)
            XCTAssertFalse(a.storage === b.storage, p)
            XCTAssertEqual(a.scalars, b.scalars, p)
            XCTAssertEqual(a.requiresGrad, b.requiresGrad, p)
            XCTAssertEqual(b.name, p)
        }
        XCTAssertTrue(copy.lmHead.weight === copy.tokenEmbedding.weight, "tying survives the copy")
        XCTAssertTrue(copy.namedModules().allSatisfy { !$0.module.isTraining }, "eval mode survives, even in rebuilt containers")
        XCTAssertFalse(copy.tokenEmbedding.weight.requiresGrad)
        XCTAssertNotNil(copy.valueHead)
        let tokens = try Tensor(shape: [2, 3], values: [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(try copy.logits(tokens).scalars, try model.logits(tokens).scalars)
        // Changing the copy leaves the original alone.
        copy.parameterTree.zero()
        XCTAssertNotEqual(model.positionEmbedding.weight.scalars.filter { $0 != 0 }.count, 0)
    }

    func testRebindingIsAFunctionalCall() throws {
        RandomGenerator.seed(3)
        let layer = try Linear(3, 2)
        let w = try Tensor(shape: [2, 3], values: [1, 0, 0, 0, 1, 0]), b = try Tensor(shape: [2], values: [10, 20])
        let bound = try layer.rebinding(parameters: [w, b])
        XCTAssertTrue(bound.weight === w)
        assertTensor(try bound(Tensor(shape: [1, 3], values: [1, 2, 3])), shape: [1, 2], [11, 22])
        XCTAssertThrowsError(try layer.rebinding(parameters: [w])) { XCTAssertTrue("\($0)".contains("needs 2 parameters")) }
        XCTAssertThrowsError(try layer.rebinding(parameters: [b, w])) { XCTAssertTrue("\($0)".contains("'weight'")) }
    }

    func testRegistrationErrorsAndGenericContainers() throws {
        let root = Module()
        let inner = Module()
        let w = Tensor.ones([2], requiresGrad: true)
        try inner.addParameter("w", w)
        try root.addModule("inner", inner)
        XCTAssertEqual(w.name, "inner.w")
        XCTAssertThrowsError(try root.addParameter("inner", w)) { XCTAssertTrue("\($0)".contains("already used")) }
        XCTAssertThrowsError(try root.addParameter("a.b", w)) { XCTAssertTrue("\($0)".contains("no '.'")) }
        XCTAssertThrowsError(try inner.addModule("loop", root)) { XCTAssertTrue("\($0)".contains("cycle")) }
        XCTAssertThrowsError(try Module().addModule("again", inner)) { XCTAssertTrue("\($0)".contains("already belongs")) }
        XCTAssertThrowsError(try root(Tensor.ones([1]))) { XCTAssertTrue("\($0)".contains("no forward")) }
        let copy = try root.copy()
        XCTAssertEqual(copy.namedParameters().map(\.path), ["inner.w"])
        XCTAssertFalse(copy.namedParameters()[0].tensor === w)

        let seq = try Sequential([Linear(4, 3), ActivationLayer(.relu), Linear(3, 2)])
        XCTAssertEqual(seq.namedParameters().map(\.path), ["0.weight", "0.bias", "2.weight", "2.bias"])
        XCTAssertEqual(try seq(Tensor.ones([5, 4])).shape, [5, 2])
        XCTAssertThrowsError(try seq(Tensor.ones([5, 3]))) { XCTAssertTrue("\($0)".hasPrefix("Linear 0:"), "\($0)") }
        let owned = try MLP(4, hidden: 8)
        XCTAssertThrowsError(try MLP(fc: owned.fc, proj: Linear(8, 4))) {
            XCTAssertEqual("\($0)", "MLP: module 'fc' (Linear) already belongs to MLP; copy() it to reuse it")
        }
        XCTAssertEqual(owned.fc.path, "fc", "a failed adoption leaves the part where it was")
        let mlp = try MLPClassifier(sizes: [4, 8, 3])
        XCTAssertEqual(mlp.namedParameters().map(\.path), ["layers.0.weight", "layers.0.bias", "layers.2.weight", "layers.2.bias"])
        XCTAssertEqual(try mlp.copy()(Tensor.ones([2, 4])).scalars, try mlp(Tensor.ones([2, 4])).scalars)
    }
}
