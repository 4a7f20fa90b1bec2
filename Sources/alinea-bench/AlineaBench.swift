import ArgumentParser
import Foundation
import Kernels

/// `alinea-bench`: runs the benchmark workloads and prints one JSON line per measurement.
@main
struct AlineaBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alinea-bench",
        abstract: "Benchmarks Alinea on the workloads of ../shared/bench and prints one JSON line per measurement.")

    @Option(name: .long, help: "Thread count to run at (default: 1 and 2).")
    var threads: Int?

    @Option(name: .long, help: "Comma-separated workload names (default: all).")
    var only: String?

    @Option(name: .long, help: "Timed samples per measurement (at least 5).")
    var repeats: Int = 7

    @Option(name: .long, help: "Untimed warm-up batches.")
    var warmup: Int = 3

    @Flag(name: .long, help: "List the workloads and exit.")
    var list = false

    mutating func run() throws {
        if list {
            for w in allWorkloads { print(w.name) }
            return
        }
        let wanted = only.map { Set($0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }) }
        if let wanted {
            let unknown = wanted.subtracting(allWorkloads.map(\.name))
            guard unknown.isEmpty else {
                throw ValidationError("unknown workload(s): \(unknown.sorted().joined(separator: ", ")); known: \(allWorkloads.map(\.name).joined(separator: ", "))")
            }
        }
        guard threads.map({ $0 >= 1 }) ?? true else { throw ValidationError("--threads must be at least 1") }
        let harness = BenchHarness(repeats: max(repeats, 5), warmup: max(warmup, 0))
        for t in threads.map({ [$0] }) ?? [1, 2] {
            Threading.maxThreads = t
            for w in allWorkloads where wanted?.contains(w.name) ?? true {
                try w.run(harness, t)
            }
        }
    }
}
