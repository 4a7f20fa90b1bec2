import Foundation
import Lang

/// The process's standard streams as `alinea` uses them.
///
/// Program output goes through Swift's `print`, i.e. C stdio: line-buffered on a terminal (so a
/// long loop's prints show up as they happen) and block-buffered into a pipe or file (so a
/// print-heavy script does not pay a system call per line). Anything written to stderr flushes
/// stdout first, so the two interleave in the order they were produced.
enum Console {
    /// Writes program output to stdout: buffered into pipes and files, flushed at once on a
    /// terminal (a progress bar redrawn with `\r` has no newline to trigger line buffering).
    static func out(_ text: String) {
        print(text, terminator: "")
        if stdoutIsTerminal { flush() }
    }

    /// Whether standard output is a terminal (checked once).
    static let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1

    /// Writes a message to stderr after flushing stdout.
    static func err(_ text: String) {
        flush()
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Flushes every C stdio stream (`fflush(NULL)`: the `stdout` global is off limits in Swift 6).
    static func flush() {
        fflush(nil)
    }

    /// Whether standard input is a terminal.
    static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Colour is used only on a terminal, and never when `NO_COLOR` is set to a non-empty value
    /// (the no-color.org convention).
    static func stderrColor(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        guard isatty(STDERR_FILENO) == 1 else { return false }
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        return true
    }

    /// Renders diagnostics to stderr, coloured when stderr allows it.
    static func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        err(DiagnosticRenderer(color: stderrColor()).render(diagnostics))
    }

    /// `alinea: message` on stderr, for problems outside any Alinea source (a missing file).
    static func fail(_ message: String) {
        err("alinea: \(message)\n")
    }
}
