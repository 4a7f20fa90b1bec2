extension ProgressReporter {
    /// `[#####.....] 50/100  12.3 it/s  ETA 4s  loss=0.412` (or `50 it  …` without a total).
    func barLine(completed: Int, now: Double, width: Int, metrics: [(String, Double)], done: Bool) -> String {
        var parts: [String] = []
        if let total {
            let w = max(1, width)
            let fraction = total > 0 ? min(1, max(0, Double(completed) / Double(total))) : 1
            let filled = Int((fraction * Double(w)).rounded(.down))
            parts.append("[" + String(repeating: "#", count: filled) + String(repeating: ".", count: w - filled) + "] \(completed)/\(total)")
        } else {
            parts.append("\(completed) it")
        }
        parts += timing(completed: completed, now: now, done: done)
        if !metrics.isEmpty { parts.append(ProgressReporter.metricsText(metrics)) }
        return parts.joined(separator: "  ")
    }

    /// `progress 10/100 loss=0.412`, with rate and ETA only when timings are on.
    func plainLine(completed: Int, now: Double, metrics: [(String, Double)]) -> String {
        var parts = [label + " " + (total.map { "\(completed)/\($0)" } ?? "\(completed)")]
        if timings { parts += timing(completed: completed, now: now, done: total.map { completed >= $0 } ?? false) }
        if !metrics.isEmpty { parts.append(ProgressReporter.metricsText(metrics)) }
        return parts.joined(separator: " ")
    }

    /// Rate and ETA (or total time once done); empty before any time has passed.
    func timing(completed: Int, now: Double, done: Bool) -> [String] {
        let seconds = elapsed(now)
        guard seconds > 0, completed > 0 else { return done ? ["done in " + ProgressReporter.duration(seconds)] : [] }
        let rate = Double(completed) / seconds
        var parts = [rate >= 1 ? NumberFormatting.significant(rate, digits: 3) + " it/s"
                               : NumberFormatting.significant(1 / rate, digits: 3) + " s/it"]
        if done {
            parts.append("done in " + ProgressReporter.duration(seconds))
        } else if let total, total > completed {
            parts.append("ETA " + ProgressReporter.duration(Double(total - completed) / rate))
        }
        return parts
    }

    /// `loss=0.412 acc=0.9`: metric values with three significant digits.
    public static func metricsText(_ metrics: [(String, Double)]) -> String {
        metrics.map { "\($0.0)=\(NumberFormatting.significant($0.1, digits: 3))" }.joined(separator: " ")
    }

    /// A short human duration: `0.4s`, `4s`, `1m05s`, `2h03m`.
    public static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "?" }
        if seconds < 10 { return NumberFormatting.fixed(seconds, decimals: 1) + "s" }
        let s = Int(seconds.rounded())
        if s < 60 { return "\(s)s" }
        if s < 3600 { return "\(s / 60)m" + pad2(s % 60) + "s" }
        return "\(s / 3600)h" + pad2((s % 3600) / 60) + "m"
    }

    private static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
