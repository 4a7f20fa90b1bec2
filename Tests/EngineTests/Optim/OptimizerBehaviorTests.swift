import Engine
import TestSupport
import XCTest

final class OptimizerBehaviorTests: XCTestCase {
    private func params() throws -> [(name: String, tensor: Tensor)] {
        [("a", try Tensor(shape: [3], values: [1, 2, 3], requiresGrad: true)),
         ("b", try Tensor(shape: [2, 2], values: [1, -1, 0.5, 2], requiresGrad: true))]
    }

    private func allOptimizers(_ p: [(name: String, tensor: Tensor)]) throws -> [Optimizer] {
        [try SGD(p, lr: 0.1, momentum: 0.9), try Adam(p), try AdamW(p), try RMSprop(p)]
    }

    func testSkipsNilGradAndFrozenParameters() throws {
        for make in [{ try SGD($0, lr: 0.1, momentum: 0.9) as Optimizer }, { try Adam($0) }, { try AdamW($0) }, { try RMSprop($0) }] {
            let p = try params()
            let opt = try make(p)
            p[0].tensor.requiresGrad = false
            p[0].tensor.grad = Tensor.ones([3])   // frozen: must not move even with a gradient
            p[1].tensor.grad = nil                // no gradient: must not move
            try opt.step()
            XCTAssertEqual(p[0].tensor.scalars, [1, 2, 3])
            XCTAssertEqual(p[1].tensor.scalars, [1, -1, 0.5, 2])
            let state = opt.exportState()
            XCTAssertEqual(state.stepCount, 1)
            XCTAssertTrue(state.parameterSteps.isEmpty, "skipped parameters keep step 0")
            XCTAssertTrue(state.buffers.values.allSatisfy(\.isEmpty))
        }
    }

    func testAdamWDecaysWithoutGradientSignal() throws {
        // With a zero gradient, AdamW shrinks θ by exactly (1 − lr·wd) and Adam leaves it alone.
        let w = try Tensor(shape: [2], values: [1, -2], requiresGrad: true)
        let opt = try AdamW([("w", w)], lr: 0.1, weightDecay: 0.5)
        w.grad = Tensor.zeros([2])
        try opt.step()
        XCTAssertEqual(w.scalars, [Float(1 - 0.05), Float(-2 * (1 - 0.05))])
        let v = try Tensor(shape: [2], values: [1, -2], requiresGrad: true)
        let adam = try Adam([("v", v)], lr: 0.1)
        v.grad = Tensor.zeros([2])
        try adam.step()
        XCTAssertEqual(v.scalars, [1, -2])
    }

    func testAcceptsParameterListsWithAnyTupleLabels() throws {
        // Module trees label the name `path`; unlabelled and `name:` lists work the same way.
        let tree: [(path: String, tensor: Tensor)] = [("fc.weight", Tensor.zeros([2], requiresGrad: true))]
        let opt = try AdamW(tree)
        XCTAssertEqual(opt.parameters.map(\.name), ["fc.weight"])
        XCTAssertEqual(try GradientClipping.clipGradNorm(tree, maxNorm: 1), 0)
        let s = try DataScratch()
        try Checkpoint.save(parameters: tree, optimizer: opt, to: s.path("c.safetensors"))
        try Checkpoint.load(s.path("c.safetensors"), into: tree, optimizer: opt)
        try Safetensors.write(tree, to: s.path("t.safetensors"))
    }

    func testSGDIsPlainGradientDescent() throws {
        let w = try Tensor(shape: [9], values: (0..<9).map(Float.init), requiresGrad: true)
        let opt = try SGD([("w", w)], lr: 0.5)
        w.grad = Tensor.ones([9])
        try opt.step()
        XCTAssertEqual(w.scalars, (0..<9).map { Float($0) - 0.5 })
    }

    func testZeroGradClearsGradients() throws {
        let p = try params()
        let opt = try Adam(p)
        for (_, t) in p { t.grad = Tensor.ones(t.shape) }
        opt.zeroGrad()
        XCTAssertTrue(p.allSatisfy { $0.tensor.grad == nil })
    }

    func testLearningRateIsSettable() throws {
        let w = try Tensor(shape: [1], values: [0], requiresGrad: true)
        let opt = try SGD([("w", w)], lr: 1)
        opt.learningRate = 0.25
        w.grad = Tensor.ones([1])
        try opt.step()
        XCTAssertEqual(w.scalars, [-0.25])
    }

    func testRejectsDuplicateNamesAndBadHyperparameters() throws {
        let t = Tensor.zeros([2], requiresGrad: true)
        XCTAssertThrowsError(try Adam([("x", t), ("x", Tensor.zeros([1]))])) { error in
            XCTAssertTrue("\(error)".contains("'x' appears twice"), "\(error)")
        }
        XCTAssertThrowsError(try Adam([("x", t)], lr: -1))
        XCTAssertThrowsError(try AdamW([("x", t)], betas: (1.0, 0.999)))
        XCTAssertThrowsError(try SGD([("x", t)], nesterov: true)) { error in
            XCTAssertTrue("\(error)".contains("Nesterov"), "\(error)")
        }
        XCTAssertThrowsError(try RMSprop([("x", t)], alpha: 1.5))
        XCTAssertThrowsError(try SGD([("", t)]))
    }

    func testTiedWeightIsUpdatedOnce() throws {
        let shared = try Tensor(shape: [2], values: [1, 1], requiresGrad: true)
        let opt = try SGD([("wte.weight", shared), ("lm_head.weight", shared)], lr: 1)
        XCTAssertEqual(opt.parameters.map(\.name), ["wte.weight"])
        shared.grad = Tensor.ones([2])
        try opt.step()
        XCTAssertEqual(shared.scalars, [0, 0])
    }

    func testRejectsNonContiguousParameterAndMismatchedGradientWithoutPartialUpdate() throws {
        let m = try Tensor(shape: [2, 3], values: [1, 2, 3, 4, 5, 6], requiresGrad: true)
        XCTAssertThrowsError(try SGD([("m.T", try m.detach().transpose())])) { error in
            XCTAssertTrue("\(error)".contains("non-contiguous"), "\(error)")
        }
        let p = try params()
        let opt = try SGD(p, lr: 1)
        p[0].tensor.grad = Tensor.ones([3])
        p[1].tensor.grad = Tensor.ones([4])
        XCTAssertThrowsError(try opt.step()) { error in
            XCTAssertEqual("\(error)", "sgd: parameter 'b' has shape [2, 2] but its gradient has shape [4]")
        }
        XCTAssertEqual(p[0].tensor.scalars, [1, 2, 3], "no parameter moves when any gradient is bad")
    }

    func testExportImportContinuesIdentically() throws {
        for kind in 0..<4 {
            let p1 = try params(), p2 = try params()
            let o1 = try allOptimizers(p1)[kind], o2 = try allOptimizers(p2)[kind]
            func grads(_ p: [(name: String, tensor: Tensor)], _ step: Int) throws {
                for (k, (_, t)) in p.enumerated() { t.grad = testTensor(t.shape, seed: UInt64(step * 10 + k + 1)) }
            }
            for step in 0..<3 { try grads(p1, step); try o1.step() }
            // Copy parameters and state into the second optimizer, then run both for three more steps.
            for (a, b) in zip(p1, p2) { b.tensor.basePointer.update(from: a.tensor.basePointer, count: a.tensor.count) }
            o2.learningRate = 12345
            try o2.importState(o1.exportState())
            XCTAssertEqual(o2.learningRate, o1.learningRate)
            for step in 3..<6 {
                try grads(p1, step); try o1.step()
                try grads(p2, step); try o2.step()
            }
            for (a, b) in zip(p1, p2) { XCTAssertEqual(a.tensor.scalars, b.tensor.scalars, "optimizer \(kind)") }
            XCTAssertEqual(o1.stepCount, 6)
            XCTAssertEqual(o2.stepCount, 6)
        }
    }

    func testImportRejectsMismatchedState() throws {
        let p = try params()
        let adam = try Adam(p)
        for (_, t) in p { t.grad = Tensor.ones(t.shape) }
        try adam.step()
        var state = adam.exportState()
        XCTAssertThrowsError(try AdamW(p).importState(state)) { error in
            XCTAssertTrue("\(error)".contains("saved by 'adam'"), "\(error)")
        }
        state.buffers["exp_avg"]?["b"] = Tensor.zeros([4])
        XCTAssertThrowsError(try Adam(p).importState(state)) { error in
            XCTAssertTrue("\(error)".contains("'exp_avg' buffer for 'b' has shape [4]"), "\(error)")
        }
        state = adam.exportState()
        state.buffers["exp_avg"]?["nope"] = Tensor.zeros([1])
        XCTAssertThrowsError(try Adam(p).importState(state)) { error in
            XCTAssertTrue("\(error)".contains("unknown parameter 'nope'"), "\(error)")
        }
    }

    func testExportedStateIsACopy() throws {
        let p = try params()
        let opt = try Adam(p)
        for (_, t) in p { t.grad = Tensor.ones(t.shape) }
        try opt.step()
        let before = opt.exportState()
        let snapshot = before.buffers["exp_avg"]?["a"]?.scalars
        try opt.step()
        XCTAssertEqual(before.buffers["exp_avg"]?["a"]?.scalars, snapshot)
    }
}
