import Engine
import Foundation
import Kernels

/// W3: one Adam training step of a 784-256-256-10 ReLU MLP on a fixed batch of 128, ms/step.
func runMLPTraining(_ harness: BenchHarness, _ threads: Int) throws {
    RandomGenerator.seed(0)
    let model = try MLPClassifier(sizes: [784, 256, 256, 10])
    let x = try Tensor.randn([128, 784]), y = try Tensor.randint(0, 10, shape: [128])
    let optimizer = try Adam(model.namedParameters().map { ($0.path, $0.tensor) }, lr: 1e-3)
    let seconds = try harness.measure {
        optimizer.zeroGrad()
        let loss = try model(x).crossEntropy(targets: y)
        try loss.backward()
        try optimizer.step()
    }
    // Matmul FLOPs forward + backward, as bench_w3_mlp.py counts them (6 · B · Σ weights).
    let flops = 6.0 * 128 * Double(784 * 256 + 256 * 256 + 256 * 10)
    harness.emit(workload: "W3_mlp_train", variant: "MLPClassifier + Adam", threads: threads, size: 128,
                 metric: "ms/step", unit: "ms", samples: seconds.map { $0 * 1e3 },
                 extra: ["gflops_at_median": flops / median(seconds) / 1e9])
}

/// The W4/W5 model: vocab 96, context 64, d_model 128, 4 heads, 2 blocks, tied LM head (as gpt_torch.py).
func makeBenchGPT() throws -> GPT {
    try GPT(GPTConfig(vocabSize: 96, contextLength: 64, dModel: 128, heads: 4, layers: 2))
}

/// AdamW as nanoGPT configures it: weight decay 0.1 on matrices only, betas (0.9, 0.99).
func makeNanoGPTAdamW(_ model: Module) throws -> [any Optimizer] {
    let named = model.namedParameters().map { ($0.path, $0.tensor) }
    let decayed = named.filter { $0.1.rank >= 2 }, plain = named.filter { $0.1.rank < 2 }
    return [try AdamW(decayed, lr: 1e-3, betas: (0.9, 0.99), eps: 1e-8, weightDecay: 0.1),
            try AdamW(plain, lr: 1e-3, betas: (0.9, 0.99), eps: 1e-8, weightDecay: 0)]
}

/// W4: one AdamW training step of the tiny GPT on a batch of 32 × 64 tokens, ms/step, plus peak RSS.
func runGPTTraining(_ harness: BenchHarness, _ threads: Int) throws {
    RandomGenerator.seed(0)
    let model = try makeBenchGPT()
    let optimizers = try makeNanoGPTAdamW(model)
    let x = try Tensor.randint(0, 96, shape: [32, 64]), y = try Tensor.randint(0, 96, shape: [32, 64])
    let seconds = try harness.measure {
        for o in optimizers { o.zeroGrad() }
        let logits = try model.logits(x)
        let loss = try logits.reshape([-1, 96]).crossEntropy(targets: y.reshape([-1]))
        try loss.backward()
        for o in optimizers { try o.step() }
    }
    // nanoGPT's estimate, as bench_w4_gpt.py: 6N + 12·L·H·Q·T per token, N without position embeddings.
    let perToken = 6.0 * Double(model.parameterCount - 64 * 128) + 12.0 * 2 * 4 * 32 * 64
    let step = median(seconds)
    harness.emit(workload: "W4_gpt_train", variant: "GPT + AdamW (nanoGPT config)", threads: threads, size: 32,
                 metric: "ms/step", unit: "ms", samples: seconds.map { $0 * 1e3 },
                 extra: ["params": model.parameterCount, "peak_rss_mb": peakResidentMegabytes(),
                         "tokens_per_s_median": 2048 / step, "gflops_at_median": perToken * 2048 / step / 1e9])
}

/// The median of `samples` (the upper one for an even count, as the peers' scripts take it).
func median(_ samples: [Double]) -> Double {
    let sorted = samples.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

/// Peak resident set size of this process so far (VmHWM), in MiB; 0 where /proc is unavailable.
func peakResidentMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let digits = line.filter(\.isNumber)
        return (Double(String(digits)) ?? 0) / 1024
    }
    return 0
}
