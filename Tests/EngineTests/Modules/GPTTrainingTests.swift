import Engine
import TestSupport
import XCTest
import Foundation

final class GPTTrainingTests: XCTestCase {
    /// A tiny GPT trained by plain SGD on a repeating sentence drives the loss far below the
    /// unigram entropy, i.e. it learns to use context, in a couple of seconds of a debug build.
    func testTinyGPTLearnsARepeatingText() throws {
        let text = Array(String(repeating: "the cat sat on a mat. ", count: 12))
        let vocab = Array(Set(text)).sorted()
        XCTAssertLessThanOrEqual(vocab.count, 12)
        let ids = text.map { c in Float(vocab.firstIndex(of: c) ?? 0) }
        var counts = [Character: Double]()
        for c in text { counts[c, default: 0] += 1 }
        let unigramEntropy = -counts.values.map { $0 / Double(text.count) }.map { $0 * Foundation.log($0) }.reduce(0, +)

        RandomGenerator.seed(2024)
        // d 16 rather than 32: in a debug build the unoptimised kernels (GEMM, SIMD math) dominate this test's time.
        let config = GPTConfig(vocabSize: 12, contextLength: 16, dModel: 16, heads: 2, layers: 1)
        let model = try GPT(config)
        let params = model.parameters()
        let (batch, t) = (8, 16)
        let lr: Float = 0.2, momentum: Float = 0.9
        var velocity = params.map { Tensor.zeros($0.shape) }
        var firstLoss: Float = 0
        var g = RandomGenerator(seed: 7)
        for step in 0..<100 {
            var x: [Float] = [], y: [Float] = []
            for _ in 0..<batch {
                let s = Int(g.nextInt(below: UInt64(ids.count - t - 1)))
                x += ids[s..<(s + t)]
                y += ids[(s + 1)..<(s + t + 1)]
            }
            let loss = try model.logits(Tensor(shape: [batch, t], values: x))
                .crossEntropy(targets: Tensor(shape: [batch, t], values: y))
            model.zeroGrad()
            try loss.backward()
            // SGD with momentum and global-norm clipping at 1, written out here: v = μv + g; θ -= lr·v.
            let norm = params.map { $0.grad?.l2Norm() ?? 0 }.map { $0 * $0 }.reduce(0, +).squareRoot()
            let clip = Float(min(1, 1 / max(norm, 1e-12)))
            for (i, p) in params.enumerated() {
                guard let grad = p.grad else { continue }
                velocity[i] = try velocity[i].apply(.mul, scalar: momentum).apply(.add, grad.apply(.mul, scalar: clip))
                let update = velocity[i].scalars
                for j in 0..<p.count { p.basePointer[j] -= lr * update[j] }
            }
            if step == 0 { firstLoss = try loss.item() }
        }
        // Evaluate on every window of one period, in eval mode and without a graph.
        model.eval()
        let period = 22
        var x: [Float] = [], y: [Float] = []
        for s in 0..<period {
            x += ids[s..<(s + t)]
            y += ids[(s + 1)..<(s + t + 1)]
        }
        let final = try Autograd.noGrad {
            try model.logits(Tensor(shape: [period, t], values: x)).crossEntropy(targets: Tensor(shape: [period, t], values: y)).item()
        }
        XCTAssertEqual(Double(firstLoss), Foundation.log(12), accuracy: 0.3, "starts near uniform")
        XCTAssertLessThan(Double(final), 0.5 * unigramEntropy, "final loss \(final) vs unigram entropy \(unigramEntropy)")
    }
}
