import Engine
import Foundation
import TestSupport
import XCTest

/// Compares every optimizer and gradient clipping with PyTorch, step by step, on the numbers in
/// Fixtures/optimizers/torch_reference.json (and on a live run of its script when torch is installed).
final class OptimizerTorchTests: XCTestCase {
    func testOptimizersMatchCommittedTorchNumbers() throws {
        let path = TestPaths.fixtures + "/optimizers/torch_reference.json"
        try compare(JSONValue(parsing: TextFile.load(path)))
    }

    func testOptimizersMatchLiveTorch() throws {
        try XCTSkipUnless(TorchPython.available, "torch is not importable")
        let dir = try TestPaths.scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/reference.json"
        let result = try TorchPython.run([TestPaths.fixtures + "/optimizers/torch_reference.py", out])
        XCTAssertEqual(result.status, 0, result.output)
        try compare(JSONValue(parsing: TextFile.load(out)))
    }

    /// Builds the optimizer a case describes from its PyTorch keyword arguments.
    private func makeOptimizer(_ kind: String, _ kw: JSONValue, _ params: [(name: String, tensor: Tensor)]) throws -> Optimizer {
        func d(_ key: String, _ fallback: Double) -> Double { kw[key]?.numberValue ?? fallback }
        let betas = kw["betas"]?.arrayValue.map { ($0[0].numberValue ?? 0.9, $0[1].numberValue ?? 0.999) } ?? (0.9, 0.999)
        switch kind {
        case "sgd":
            return try SGD(params, lr: d("lr", 1e-3), momentum: d("momentum", 0), dampening: d("dampening", 0),
                           weightDecay: d("weight_decay", 0), nesterov: kw["nesterov"]?.boolValue ?? false)
        case "adam":
            return try Adam(params, lr: d("lr", 1e-3), betas: betas, eps: d("eps", 1e-8), weightDecay: d("weight_decay", 0))
        case "adamw":
            return try AdamW(params, lr: d("lr", 1e-3), betas: betas, eps: d("eps", 1e-8), weightDecay: d("weight_decay", 0.01))
        case "rmsprop":
            return try RMSprop(params, lr: d("lr", 1e-2), alpha: d("alpha", 0.99), eps: d("eps", 1e-8), weightDecay: d("weight_decay", 0),
                               momentum: d("momentum", 0), centered: kw["centered"]?.boolValue ?? false)
        default:
            throw TensorError("test", "unknown optimizer \(kind)")
        }
    }

    private func floats(_ v: JSONValue?) -> [Float] { (v?.arrayValue ?? []).map { Float($0.numberValue ?? .nan) } }

    /// Distance in units in the last place between two finite floats.
    private func ulps(_ a: Float, _ b: Float) -> Int {
        func key(_ x: Float) -> Int { let i = Int(Int32(bitPattern: x.bitPattern)); return i < 0 ? Int(Int32.min) - i : i }
        return Swift.abs(key(a) - key(b))
    }

    private func compare(_ ref: JSONValue) throws {
        let steps = try XCTUnwrap(ref["steps"]?.intValue)
        let lrChange = try XCTUnwrap(ref["lr_change_step"]?.intValue)
        let shapes = try XCTUnwrap(ref["shapes"]?.objectValue)
        let names = ["w", "b"]
        var worst: [String: Int] = [:]
        for c in try XCTUnwrap(ref["cases"]?.arrayValue) {
            let caseName = c["name"]?.stringValue ?? "?"
            let params: [(name: String, tensor: Tensor)] = try names.map { name in
                let shape = (shapes[name]?.arrayValue ?? []).compactMap(\.intValue)
                return (name, try Tensor(shape: shape, values: floats(ref["init"]?[name]), requiresGrad: true))
            }
            let opt = try makeOptimizer(c["optimizer"]?.stringValue ?? "", c["kwargs"] ?? [:], params)
            let trajectory = try XCTUnwrap(c["trajectory"]?.arrayValue)
            for step in 0..<steps {
                if step == lrChange { opt.learningRate *= 0.5 }
                for (name, t) in params {
                    let g = ref["grads"]?.arrayValue?[step][name]
                    t.grad = (g == nil || g == .null) ? nil : try Tensor(shape: t.shape, values: floats(g))
                }
                try opt.step()
                for (name, t) in params {
                    let expected = floats(trajectory[step][name])
                    assertAllClose(t.scalars, expected, atol: 1e-7, rtol: 2e-6, "\(caseName) step \(step) \(name)")
                    for (a, e) in zip(t.scalars, expected) { worst[caseName] = Swift.max(worst[caseName] ?? 0, ulps(a, e)) }
                }
            }
        }
        if ProcessInfo.processInfo.environment["ALINEA_PRINT_ULPS"] != nil { print("max ulp difference from torch:", worst.sorted { $0.key < $1.key }) }
        for clip in try XCTUnwrap(ref["clip"]?.arrayValue) {
            let tensors = try names.map { name -> Tensor in
                let shape = (shapes[name]?.arrayValue ?? []).compactMap(\.intValue)
                let t = Tensor.zeros(shape, requiresGrad: true)
                t.grad = try Tensor(shape: shape, values: floats(ref["grads"]?.arrayValue?[1][name]))
                return t
            }
            let norm = try GradientClipping.clipGradNorm(tensors, maxNorm: clip["max_norm"]?.numberValue ?? 0)
            XCTAssertEqual(norm, clip["norm"]?.numberValue ?? 0, accuracy: 1e-5)
            for (name, t) in zip(names, tensors) {
                assertAllClose(t.grad?.scalars ?? [], floats(clip["grads"]?[name]), atol: 1e-7, rtol: 1e-6, "clip \(name)")
            }
        }
    }
}
