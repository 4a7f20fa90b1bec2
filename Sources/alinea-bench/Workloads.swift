import Engine
import Kernels

/// A named benchmark workload, run once per thread count.
struct Workload: Sendable {
    /// The workload name as the peers use it (`W1_sgemm`).
    let name: String
    /// Runs the workload at `threads` and prints its JSON lines.
    let run: @Sendable (_ harness: BenchHarness, _ threads: Int) throws -> Void
}

/// Every workload alinea-bench knows, in the order it runs them.
let allWorkloads: [Workload] = [
    Workload(name: "W1_sgemm", run: runSgemm),
    Workload(name: "W2_op_overhead", run: runOpOverhead),
    Workload(name: "elementwise_bandwidth", run: runElementwiseBandwidth),
    Workload(name: "W3_mlp_train", run: runMLPTraining),
    Workload(name: "W4_gpt_train", run: runGPTTraining),
    Workload(name: "W5_dpo", run: runDPOStep),
    Workload(name: "W6_interp", run: runInterpreter),
    Workload(name: "W7_elastic_reset", run: runElasticResetIteration),
]

/// W1: C = A @ B for square float32 matrices, GFLOP/s.
func runSgemm(_ harness: BenchHarness, _ threads: Int) throws {
    for n in [64, 128, 256, 512, 1024] {
        RandomGenerator.seed(0)
        let a = try Tensor.randn([n, n]), b = try Tensor.randn([n, n])
        let c = Tensor.zeros([n, n])
        let seconds = harness.measure {
            Gemm.sgemm(m: n, n: n, k: n, a: a.basePointer, aRowStride: n, aColStride: 1,
                       b: b.basePointer, bRowStride: n, bColStride: 1, c: c.basePointer, cRowStride: n,
                       accumulate: false, threads: threads)
        }
        let flops = 2 * Double(n) * Double(n) * Double(n)
        harness.emit(workload: "W1_sgemm", variant: "matmul_f32", threads: threads, size: n, metric: "throughput",
                     unit: "GFLOP/s", samples: seconds.map { flops / $0 / 1e9 }, higherIsBetter: true)
        let viaTensor = try harness.measure { _ = try a.matmul(b) }
        harness.emit(workload: "W1_sgemm", variant: "Tensor.matmul (allocating)", threads: threads, size: n,
                     metric: "throughput", unit: "GFLOP/s", samples: viaTensor.map { flops / $0 / 1e9 }, higherIsBetter: true)
    }
}

/// W2: per-op overhead of 10,000 adds of two 16-element tensors, µs per op.
func runOpOverhead(_ harness: BenchHarness, _ threads: Int) throws {
    let a = try Tensor.arange(0, 16), b = Tensor.ones([16])
    let ag = a.copy(), bg = b.copy()
    ag.requiresGrad = true
    bg.requiresGrad = true
    let ops = 10_000
    let plain = try harness.measure(inner: 1) { for _ in 0..<ops { _ = try a + b } }
    harness.emit(workload: "W2_op_overhead", variant: "a+b no-grad tensors", threads: threads, size: 16,
                 metric: "per_op_latency", unit: "us/op", samples: plain.map { $0 / Double(ops) * 1e6 })
    let recorded = try harness.measure(inner: 1) { for _ in 0..<ops { _ = try ag + bg } }
    harness.emit(workload: "W2_op_overhead", variant: "a+b requires_grad", threads: threads, size: 16,
                 metric: "per_op_latency", unit: "us/op", samples: recorded.map { $0 / Double(ops) * 1e6 })
}

/// Large elementwise ops (16M floats), GB/s counting bytes read and written.
func runElementwiseBandwidth(_ harness: BenchHarness, _ threads: Int) throws {
    let n = 1 << 24
    let a = Tensor.full([n], 1.5), b = Tensor.full([n], 2), out = Tensor.zeros([n])
    let cases: [(String, Double, () -> Void)] = [
        ("add (kernel, preallocated)", 12, { Elementwise.binary(.add, a.basePointer, b.basePointer, out.basePointer, count: n) }),
        ("exp (kernel, preallocated)", 8, { Elementwise.unary(.exp, a.basePointer, out.basePointer, count: n) }),
        ("Tensor a+b (allocating)", 12, { _ = try? a + b }),
    ]
    for (variant, bytesPerElement, body) in cases {
        let seconds = harness.measure(inner: 1, body)
        harness.emit(workload: "elementwise_bandwidth", variant: variant, threads: threads, size: n,
                     metric: "bandwidth", unit: "GB/s",
                     samples: seconds.map { Double(n) * bytesPerElement / $0 / 1e9 }, higherIsBetter: true)
    }
}
