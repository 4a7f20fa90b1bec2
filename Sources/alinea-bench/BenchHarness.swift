import Foundation

/// Timing and JSON output shared by every workload, matching the keys of ../shared/bench.
struct BenchHarness: Sendable {
    /// Timed samples per measurement (at least 5, as the peers use).
    var repeats: Int
    /// Untimed batches before timing.
    var warmup: Int
    /// Minimum duration of one timed sample, so short operations are batched.
    var minSampleSeconds: Double = 0.05

    /// Seconds per call of `body`, one entry per timed sample.
    func measure(inner fixedInner: Int? = nil, _ body: () throws -> Void) rethrows -> [Double] {
        try body()
        let inner = try fixedInner ?? calibrate(body)
        for _ in 0..<warmup { for _ in 0..<inner { try body() } }
        var samples: [Double] = []
        for _ in 0..<repeats {
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<inner { try body() }
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            samples.append(elapsed / Double(inner))
        }
        return samples
    }

    private func calibrate(_ body: () throws -> Void) rethrows -> Int {
        var n = 1
        while true {
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<n { try body() }
            let dt = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if dt >= minSampleSeconds || n >= 1 << 22 { return n }
            n = max(n * 2, Int(Double(n) * minSampleSeconds / max(dt, 1e-9) * 1.2))
        }
    }

    /// Prints one JSON line in the peers' format; `samples` are already in `unit`.
    func emit(workload: String, variant: String, threads: Int, size: Int, metric: String, unit: String,
              samples: [Double], higherIsBetter: Bool = false, extra: [String: Any] = [:]) {
        let sorted = samples.sorted()
        let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2]
            : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        var record: [String: Any] = [
            "workload": workload, "framework": "alinea", "variant": variant,
            "threads": threads, "size": size, "metric": metric, "unit": unit,
            "median": median, "best": higherIsBetter ? sorted.last ?? 0 : sorted.first ?? 0,
            "min": sorted.first ?? 0, "max": sorted.last ?? 0, "repeats": samples.count,
            "samples": samples.map { ($0 * 1e9).rounded() / 1e9 },
        ]
        for (k, v) in extra { record[k] = v }
        if let data = try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]),
           let line = String(data: data, encoding: .utf8) {
            // print() is line-buffered on a terminal but not in a pipe; write directly so lines arrive as measured.
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
    }
}
