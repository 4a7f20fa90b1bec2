import Engine
import Foundation
import TestSupport
import XCTest

/// A resumed run must be bit-identical to an uninterrupted one: parameters, optimizer moments, step
/// counts, the learning-rate schedule position and the shared generator all come back exactly.
final class CheckpointResumeTests: XCTestCase {
    /// A 2-layer MLP classifier built from raw tensors.
    private struct TinyMLP {
        let w1: Tensor, b1: Tensor, w2: Tensor, b2: Tensor
        var named: [(name: String, tensor: Tensor)] { [("fc1.weight", w1), ("fc1.bias", b1), ("fc2.weight", w2), ("fc2.bias", b2)] }

        /// Initialised from the shared generator, like a model built after `seed(n)`.
        static func random() throws -> TinyMLP {
            TinyMLP(w1: try Tensor.randn([4, 8]).apply(.mul, scalar: 0.5).detach(), b1: Tensor.zeros([8]),
                w2: try Tensor.randn([8, 3]).apply(.mul, scalar: 0.5).detach(), b2: Tensor.zeros([3]))
        }

        /// Zero tensors of the right shapes, standing in for a freshly constructed model.
        static func blank() -> TinyMLP {
            TinyMLP(w1: Tensor.zeros([4, 8]), b1: Tensor.zeros([8]), w2: Tensor.zeros([8, 3]), b2: Tensor.zeros([3]))
        }

        func loss(_ x: Tensor, _ y: Tensor) throws -> Tensor {
            let h = try x.matmul(w1).apply(.add, b1).relu().dropout(p: 0.1)
            return try h.matmul(w2).apply(.add, b2).crossEntropy(targets: y)
        }
    }

    private let schedule = LRSchedule.cosine(peak: 0.02, warmup: 2, total: 8, minimum: 0.001)

    /// One training step whose batch and dropout mask come from the shared generator.
    private func trainStep(_ model: TinyMLP, _ opt: Optimizer) throws {
        let x = try Tensor.randn([6, 4])
        let y = try Tensor.randint(0, 3, shape: [6])
        schedule.apply(to: opt)
        opt.zeroGrad()
        try model.loss(x, y).backward()
        try GradientClipping.clipGradNorm(model.named, maxNorm: 1)
        try opt.step()
    }

    private func bits(_ model: TinyMLP) -> [[UInt32]] { model.named.map { $0.tensor.scalars.map(\.bitPattern) } }

    private func stateBits(_ opt: Optimizer) -> [String: [UInt32]] {
        var out: [String: [UInt32]] = [:]
        for (name, t) in opt.exportState().namedTensors() { out[name] = t.scalars.map(\.bitPattern) }
        return out
    }

    func testResumedTrainingIsBitIdentical() throws {
        let makers: [(TinyMLP) throws -> Optimizer] = [
            { try AdamW($0.named) }, { try SGD($0.named, lr: 0.1, momentum: 0.9, nesterov: true) },
            { try RMSprop($0.named) }, { try Adam($0.named, weightDecay: 0.01) },
        ]
        for makeOptimizer in makers {
            let s = try DataScratch()
            // Uninterrupted: 8 steps.
            RandomGenerator.seed(42)
            let a = try TinyMLP.random()
            for t in [a.w1, a.b1, a.w2, a.b2] { t.requiresGrad = true }
            let optA = try makeOptimizer(a)
            for _ in 0..<8 { try trainStep(a, optA) }
            let generatorA = RandomGenerator.shared

            // Interrupted: 4 steps, save, then a fresh process-like state, load, 4 more.
            RandomGenerator.seed(42)
            let b = try TinyMLP.random()
            for t in [b.w1, b.b1, b.w2, b.b2] { t.requiresGrad = true }
            let optB = try makeOptimizer(b)
            for _ in 0..<4 { try trainStep(b, optB) }
            let path = s.path("ckpt.safetensors")
            try Checkpoint.save(parameters: b.named, optimizer: optB, metadata: ["epoch": "0"], to: path)

            RandomGenerator.seed(999)   // anything the resumed run must not depend on
            let c = TinyMLP.blank()
            for t in [c.w1, c.b1, c.w2, c.b2] { t.requiresGrad = true }
            let optC = try makeOptimizer(c)
            optC.learningRate = 123
            let userMetadata = try Checkpoint.load(path, into: c.named, optimizer: optC)
            XCTAssertEqual(userMetadata, ["epoch": "0"])
            XCTAssertEqual(optC.stepCount, 4)
            for _ in 0..<4 { try trainStep(c, optC) }

            XCTAssertEqual(bits(c), bits(a), "parameters after resume (\(type(of: optA)))")
            XCTAssertEqual(stateBits(optC), stateBits(optA), "optimizer state after resume (\(type(of: optA)))")
            XCTAssertEqual(optC.learningRate, optA.learningRate)
            XCTAssertEqual(RandomGenerator.shared, generatorA, "generator state after resume")
        }
    }

    func testGeneratorStateRoundTrips() throws {
        RandomGenerator.seed(5)
        _ = RandomGenerator.shared.next()
        let saved = RandomGenerator.shared
        let text = saved.stateString
        XCTAssertEqual(try RandomGenerator(stateString: text), saved)
        XCTAssertThrowsError(try RandomGenerator(stateString: "1,2,3"))
        XCTAssertThrowsError(try RandomGenerator(stateString: "0,0,0,0"))
        XCTAssertThrowsError(try RandomGenerator(stateString: "1,2,3,zz"))
    }

    func testLoadValidatesNamesAndShapesBeforeChangingAnything() throws {
        let s = try DataScratch()
        let path = s.path("m.safetensors")
        RandomGenerator.seed(1)
        let model = try TinyMLP.random()
        try Checkpoint.save(parameters: model.named, to: path)

        let wrongShape = TinyMLP(w1: Tensor.zeros([4, 8]), b1: Tensor.zeros([8]), w2: Tensor.zeros([8, 4]), b2: Tensor.zeros([3]))
        assertThrowsDescription("\(path): 'fc2.weight' has shape [8, 3] in the file but [8, 4] in the model") {
            try Checkpoint.load(path, into: wrongShape.named)
        }
        XCTAssertEqual(wrongShape.w1.scalars, Array(repeating: 0, count: 32), "nothing copied when validation fails")

        let fewer: [(name: String, tensor: Tensor)] = [("fc1.weight", Tensor.zeros([4, 8]))]
        assertThrowsDescription("\(path): unexpected tensors not in the model: fc1.bias, fc2.bias, fc2.weight") {
            try Checkpoint.load(path, into: fewer)
        }
        try Checkpoint.load(path, into: fewer, strict: false)
        XCTAssertEqual(fewer[0].tensor.scalars, model.w1.scalars)

        let more = model.named + [("extra", Tensor.zeros([1]))]
        assertThrowsDescription("\(path): no tensor for parameter 'extra'") { try Checkpoint.load(path, into: more) }
        assertThrowsDescription("\(path): the checkpoint holds no optimizer state") {
            try Checkpoint.load(path, into: TinyMLP.blank().named, optimizer: try Adam(TinyMLP.blank().named))
        }
        assertThrowsDescription("\(path): metadata key \"rng/x\" is reserved for optimizer and generator state") {
            try Checkpoint.save(parameters: model.named, metadata: ["rng/x": "1"], to: path)
        }
    }

    func testOptimizerStateLivesInTheFileUnderReadableNames() throws {
        let s = try DataScratch()
        let path = s.path("opt.safetensors")
        let w = try Tensor(shape: [2], values: [1, 2], requiresGrad: true)
        let opt = try AdamW([("w", w)], lr: 0.003)
        w.grad = Tensor.ones([2])
        try opt.step()
        try Checkpoint.save(parameters: [("w", w)], optimizer: opt, to: path)
        let file = try Safetensors.read(path)
        XCTAssertEqual(file.tensors.map(\.name), ["optimizer/exp_avg/w", "optimizer/exp_avg_sq/w", "w"])
        XCTAssertEqual(file.metadata["optimizer/kind"], "adamw")
        XCTAssertEqual(file.metadata["optimizer/step_count"], "1")
        XCTAssertEqual(file.metadata["optimizer/parameter_steps"], "{\"w\":1}")
        XCTAssertEqual(file.metadata["optimizer/hyperparameters"], "{\"beta1\":0.9,\"beta2\":0.999,\"eps\":1e-08,\"lr\":0.003,\"weight_decay\":0.01}")
        XCTAssertNotNil(file.metadata[Checkpoint.randomStateKey])
        assertThrowsDescription("\(path): sgd: cannot load optimizer state saved by 'adamw' into 'sgd'") {
            try Checkpoint.load(path, into: [("w", Tensor.zeros([2]))], optimizer: try SGD([("w", Tensor.zeros([2]))]))
        }
    }
}
