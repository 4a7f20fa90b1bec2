import Engine
import Kernels
import XCTest
import Foundation

/// W4 (vocab 96, context 64, d 128, 4 heads, 2 blocks, batch 32) forward+backward timing.
/// Skipped unless ALINEA_TIMING=1; run in release: `ALINEA_TIMING=1 swift test -c release --filter W4TimingTests`.
final class W4TimingTests: XCTestCase {
    func testW4ForwardBackward() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["ALINEA_TIMING"] == "1", "set ALINEA_TIMING=1 to time W4")
        RandomGenerator.seed(0)
        let model = try GPT(GPTConfig(vocabSize: 96, contextLength: 64, dModel: 128, heads: 4, layers: 2))
        XCTAssertEqual(model.parameterCount, 417_280, "the same parameter count as ../shared/bench/gpt_torch.py")
        let data = try Tensor.randint(0, 96, shape: [32, 65])
        let x = try data.slice([.all, SliceRange(start: 0, end: 64)]).contiguous()
        let y = try data.slice([.all, SliceRange(start: 1, end: 65)]).contiguous()
        // Wall time, and this thread's CPU time: on a shared machine the latter is what a quiet run would show at 1 thread.
        func cpuMilliseconds() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) * 1e3 + Double(ts.tv_nsec) / 1e6
        }
        func median(_ runs: Int, _ body: () throws -> Void) rethrows -> (median: Double, best: Double, cpu: Double) {
            var times: [Double] = [], cpu: [Double] = []
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds, cpuStart = cpuMilliseconds()
                try body()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                cpu.append(cpuMilliseconds() - cpuStart)
            }
            times.sort()
            cpu.sort()
            return (times[times.count / 2], times[0], cpu[cpu.count / 2])
        }
        let savedThreads = Threading.maxThreads
        defer { Threading.maxThreads = savedThreads }
        for threads in [1, 2] {
            Threading.maxThreads = threads
            for _ in 0..<2 { try model.logits(x).crossEntropy(targets: y).backward() }
            let forward = try median(15) { _ = try model.logits(x).crossEntropy(targets: y) }
            let step = try median(15) {
                model.zeroGrad()
                try model.logits(x).crossEntropy(targets: y).backward()
            }
            let prompts = (0..<8).map { [$0 + 1] }
            RandomGenerator.seed(1)
            let cached = try median(3) { _ = try model.generate(prompts: prompts, maxNewTokens: 63, useCache: true) }
            RandomGenerator.seed(1)
            let full = try median(3) { _ = try model.generate(prompts: prompts, maxNewTokens: 63, useCache: false) }
            print(String(format: "W4 threads %d: generate 8×63 tokens: cached %.1f ms, full-forward %.1f ms", threads, cached.median, full.median))
            print(String(format: "W4 threads %d: forward median %.1f ms (best %.1f, CPU %.1f); forward+backward median %.1f ms (best %.1f, CPU %.1f)",
                         threads, forward.median, forward.best, forward.cpu, step.median, step.best, step.cpu))
        }
    }
}
