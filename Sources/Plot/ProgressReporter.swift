/// Turns loop progress into text for `for step in progress(range(n))`.
///
/// Call `update(completed:metrics:)` after each finished item and `finish(metrics:)` once at the
/// end; each returns the text to write (or nil when nothing should be written now). The reporter
/// never writes itself, so it works for terminals, notebooks and tests alike.
///
/// - Terminal style redraws one line with `\r` and "erase to end of line", at most once per
///   `minRedrawInterval` seconds (0.1 s: ~10 times a second), always including the first and
///   the last item.
/// - Plain style prints a line each time another `everyPercent` of the total is done, and shows
///   rate and ETA only when `timings` is on, so notebook output stays deterministic.
public struct ProgressReporter: Sendable {
    /// The number of items, if known.
    public let total: Int?
    /// Bar or plain lines.
    public let style: ProgressStyle
    /// Whether plain lines include rate and ETA (terminal bars always do).
    public let timings: Bool
    /// The word that starts plain lines.
    public let label: String
    /// The shortest time between two terminal redraws, in seconds.
    public let minRedrawInterval: Double

    private let clock: @Sendable () -> Double
    private let start: Double
    private var lastDraw: Double?
    private var nextStep = 1
    private var lastPrinted: Int?
    private var lastCompleted = 0
    private var finished = false

    /// A reporter for `total` items (nil when unknown), reading time from `clock` (seconds).
    public init(total: Int?, style: ProgressStyle, timings: Bool = false, label: String = "progress",
                minRedrawInterval: Double = 0.1, clock: @escaping @Sendable () -> Double = MonotonicClock.seconds) {
        self.total = total.map { max(0, $0) }
        self.style = style
        self.timings = timings
        self.label = label
        self.minRedrawInterval = minRedrawInterval
        self.clock = clock
        self.start = clock()
    }

    /// Reports that `completed` items are done; returns text to write now, or nil.
    public mutating func update(completed: Int, metrics: [(String, Double)] = []) -> String? {
        guard !finished else { return nil }
        lastCompleted = completed
        let now = clock()
        switch style {
        case .terminal(let width):
            let isLast = total.map { completed >= $0 } ?? false
            if let last = lastDraw, now - last < minRedrawInterval, !isLast { return nil }
            lastDraw = now
            return "\r" + barLine(completed: completed, now: now, width: width, metrics: metrics, done: false) + "\u{1B}[K"
        case .plain(let every):
            guard let total, total > 0 else { return nil }
            let step = min(100, max(1, every))
            let lines = (100 + step - 1) / step
            guard nextStep <= lines, completed >= threshold(nextStep, step: step, total: total) else { return nil }
            // One line even when an update jumps over several thresholds.
            while nextStep <= lines, threshold(nextStep, step: step, total: total) <= completed { nextStep += 1 }
            lastPrinted = completed
            return plainLine(completed: completed, now: now, metrics: metrics) + "\n"
        }
    }

    /// Reports the end of the loop (also after an early `break`); returns the closing text, or nil.
    public mutating func finish(metrics: [(String, Double)] = []) -> String? {
        guard !finished else { return nil }
        finished = true
        let now = clock()
        switch style {
        case .terminal(let width):
            return "\r" + barLine(completed: lastCompleted, now: now, width: width, metrics: metrics, done: true) + "\u{1B}[K\n"
        case .plain:
            if lastPrinted == lastCompleted, total != nil, total != 0 { return nil }
            return plainLine(completed: lastCompleted, now: now, metrics: metrics) + "\n"
        }
    }

    /// The item count at which the `k`-th plain line is due: ⌈total·k·step/100⌉, capped at total.
    private func threshold(_ k: Int, step: Int, total: Int) -> Int {
        let (product, overflow) = total.multipliedReportingOverflow(by: k * step)
        if overflow { return total }
        return min(total, (product + 99) / 100)
    }

    /// Seconds since the reporter was created.
    func elapsed(_ now: Double) -> Double { max(0, now - start) }
}
