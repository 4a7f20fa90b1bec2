import Foundation
import Lang
import LineEditor
import Plot

/// The read-eval-print loop: `alinea` with no arguments.
///
/// On a terminal it edits lines with libedit (history in `~/.alinea_history` or
/// `$ALINEA_HISTORY`, Tab completion, `   ...> ` continuation lines). When standard input is not
/// a terminal it reads lines plainly, with no prompt, no escape codes and no history, so
/// `echo 'print(1+1)' | alinea` and here-documents work; the exit status is then 1 if any input
/// failed.
///
/// Every entry is numbered by its lines since the start (`<repl>:12:5`), so an error in a
/// function defined earlier points at the entry that defined it.
final class Repl {
    /// The session code runs in; replaced by `:reset`.
    var session: Session
    /// Globals defined before the user typed anything (builtins, stdlib): `:who` hides them.
    var baselineNames: Set<String>
    /// Reads lines (libedit on a terminal, plain reads otherwise).
    let editor: LineEditor
    /// Whether any entry failed (the exit status when input is not a terminal).
    var anyFailure = false
    /// Set by `:quit`.
    var quitRequested = false
    /// Lines read so far, for numbering entries.
    private var linesRead = 0
    /// Set when Ctrl-C interrupted code while reading from a pipe: the run stops with 130.
    private var batchInterrupted = false

    /// Name of the source in diagnostics.
    var sourceName: String { editor.isInteractive ? "<repl>" : "<stdin>" }

    /// A REPL over the process's standard input and output.
    init() {
        session = SessionFactory.make()
        baselineNames = Set(session.globalNames())
        editor = LineEditor(programName: "alinea",
                            historyPath: Console.stdinIsTerminal ? LineEditor.defaultHistoryPath() : nil)
        editor.completer = { [unowned self] line, cursor in
            ReplCompleter(session: session, commands: ReplCommand.names).complete(line: line, cursor: cursor)
        }
    }

    /// Reads and runs entries until end of input or `:quit`; returns the exit status.
    func run() -> Int32 {
        if editor.isInteractive {
            Console.out("Alinea \(AlineaCommand.version) — :help for help, Ctrl-D to quit\n")
        }
        var buffer: [String] = []
        var firstLine = 1
        while !quitRequested, !batchInterrupted {
            Console.flush()
            switch editor.read(prompt: buffer.isEmpty ? "alinea> " : "   ...> ") {
            case .endOfInput:
                // Input that ends mid-construct still runs, to report what is missing.
                if !buffer.isEmpty { evaluate(buffer.joined(separator: "\n"), firstLine: firstLine) }
                return exitStatus
            case .interrupted:
                // Ctrl-C while editing discards the line and any unfinished entry.
                buffer = []
            case .line(let line):
                linesRead += 1
                editor.addHistory(line)
                if buffer.isEmpty {
                    if line.allSatisfy(\.isWhitespace) { continue }
                    if let command = ReplCommand.parse(line) {
                        perform(command)
                        continue
                    }
                    firstLine = linesRead
                }
                buffer.append(line)
                let entry = buffer.joined(separator: "\n")
                if Session.isIncomplete(entry) { continue }
                buffer = []
                evaluate(entry, firstLine: firstLine)
            }
        }
        return exitStatus
    }

    private var exitStatus: Int32 {
        if batchInterrupted { return ExitStatus.interrupted }
        return !editor.isInteractive && anyFailure ? ExitStatus.scriptError : ExitStatus.success
    }

    /// Runs one entry; prints its value (binding it to `_`) or its errors. Returns the wall time
    /// in seconds, or nil when the entry failed.
    @discardableResult
    func evaluate(_ code: String, firstLine: Int) -> Double? {
        let padded = String(repeating: "\n", count: max(0, firstLine - 1)) + code
        InterruptBridge.install(exitOnRepeat: !editor.isInteractive)
        let start = MonotonicClock.seconds()
        let result = session.run(SourceFile(name: sourceName, text: padded))
        let seconds = MonotonicClock.seconds() - start
        InterruptBridge.restore()
        Console.flush()
        guard result.succeeded else {
            // The terminal echoed "^C" without a line break; start the message on its own line.
            if editor.isInteractive, InterruptBridge.wasInterrupted { Console.err("\n") }
            Console.report(result.diagnostics)
            anyFailure = true
            if !editor.isInteractive, InterruptBridge.wasInterrupted { batchInterrupted = true }
            return nil
        }
        if result.hasPrintableValue, let value = result.value {
            Console.out(ValueFormatter.text(for: value) + "\n")
            session.define("_", value)
        }
        return seconds
    }

    /// Reports a REPL-level problem (not an Alinea error) on stderr.
    func complain(_ message: String) {
        Console.err(message + "\n")
        anyFailure = true
    }

    /// The next line number for a command's code, so its errors are numbered like entries.
    var currentLine: Int { max(1, linesRead) }
}
