internal import CEditLine
import Foundation

/// A line editor for the REPL, built on libedit: emacs keys, persistent history, ↑/↓ prefix search,
/// ^R incremental search, Tab completion through `completer`, Ctrl-C to discard a line.
///
/// When input or output is not a terminal it reads lines plainly: no prompt, no escape codes, no history.
/// One editor owns the terminal at a time; it is not thread-safe (call it from the REPL's thread).
///
/// Keys (emacs mode, plus libedit's defaults for everything not listed):
/// - ↑/↓ (`\e[A`/`\eOA`, `\e[B`/`\eOB`): history entries starting with the text before the cursor.
/// - ^R: incremental reverse search (`em-inc-search-prev`); ^S searches forward.
/// - Tab: completion (see `completer`); with only blanks before the cursor it inserts `indentation`.
/// - ^C: discards the line; `read(prompt:)` returns `.interrupted`.
/// - ^D on an empty line: end of input.
///
/// `~/.editrc` (or `$EDITRC`) is read after these bindings, so users can change them; lines there may be
/// scoped with `alinea:` (the program name).
public final class LineEditor {
    /// A completion provider: given the whole line and the cursor (in `Character`s), the candidates.
    ///
    /// Not `@Sendable`: it runs synchronously inside `read(prompt:)`, on the caller's thread, so it may capture
    /// the REPL's (non-Sendable) session to look up names. A `@Sendable` closure is accepted too.
    public typealias Completer = (_ line: String, _ cursor: Int) -> Completion

    /// Called on Tab; nil makes Tab only indent or beep.
    public var completer: Completer?
    /// Inserted by Tab when only blanks precede the cursor, e.g. inside a multi-line block.
    public var indentation = "    "
    /// At most this many candidates are listed on a double Tab; the rest are counted.
    public var maxListedCandidates = 100
    /// True when both input and output are terminals and libedit is editing; false means plain line reading.
    public let isInteractive: Bool
    /// The history file, or nil when history is not persisted.
    public let historyPath: String?
    /// How many history entries are kept in memory and loaded at start.
    public let historyLimit: Int
    /// The history, oldest first: what ↑ walks through.
    public private(set) var historyEntries: [String] = []

    /// libedit's `EditLine *`; nil in plain mode.
    var editLine: OpaquePointer?
    /// libedit's `HistoryW *`, which ^R and ^P/^N search.
    var history: OpaquePointer?
    /// The `FILE`s libedit reads and writes: close-on-exec duplicates of the caller's descriptors.
    private var inputFile: UnsafeMutablePointer<FILE>?
    /// Also where completion listings are written, so they interleave correctly with libedit's own output.
    var outputFile: UnsafeMutablePointer<FILE>?
    private let plainReader: PlainLineReader?
    /// The NUL-terminated prompt the prompt callback hands to libedit; replaced on every read.
    var promptBuffer: UnsafeMutablePointer<wchar_t>?

    /// Set by the ^C key function; tells `read` to discard the line libedit returns.
    var interruptRequested = false
    /// State of the current run of ↑/↓ presses.
    var prefixSearch = PrefixHistorySearch()
    /// The line and cursor right after the last Tab; an unchanged line on the next Tab means "list".
    var lastTab: TabState?
    /// Keys whose binding libedit rejected (an unknown command name); empty unless libedit changed.
    var failedBindings: [String] = []

    /// Creates an editor over the process's standard input and output.
    ///
    /// `historyPath` nil disables persistence; the file is loaded now and appended to by `addHistory`.
    /// In interactive mode this sets `LC_CTYPE` from the environment (falling back to `C.UTF-8` when no
    /// locale is configured), because libedit decodes multibyte input only under a UTF-8 locale.
    public convenience init(programName: String, historyPath: String?, historyLimit: Int = 1000) {
        self.init(programName: programName, historyPath: historyPath, historyLimit: historyLimit,
                  input: STDIN_FILENO, output: STDOUT_FILENO)
    }

    /// Creates an editor over the given descriptors, which stay owned by the caller (tests pass a pipe or a pty).
    public convenience init(programName: String, historyPath: String?, historyLimit: Int = 1000,
                            input: Int32, output: Int32) {
        self.init(programName: programName, historyPath: historyPath, historyLimit: historyLimit,
                  input: input, output: output, terminal: nil)
    }

    /// The designated initialiser; `terminal` overrides `$TERM` (tests on a pty have no useful `$TERM`).
    init(programName: String, historyPath: String?, historyLimit: Int, input: Int32, output: Int32,
         terminal: String?) {
        self.historyPath = historyPath
        self.historyLimit = max(historyLimit, 0)
        if isatty(input) == 1, isatty(output) == 1, let session = Self.openSession(
            programName: programName, input: input, output: output, terminal: terminal) {
            editLine = session.editLine
            history = session.history
            inputFile = session.input
            outputFile = session.output
            plainReader = nil
            isInteractive = true
            configure(session.editLine)
            loadHistory()
        } else {
            plainReader = PlainLineReader(fd: input)
            isInteractive = false
        }
    }

    deinit {
        // el_end puts the terminal back the way it was found.
        if let editLine { el_end(editLine) }
        if let history { history_wend(history) }
        if let inputFile { fclose(inputFile) }
        if let outputFile { fclose(outputFile) }
        promptBuffer?.deallocate()
    }

    /// Reads one line showing `prompt`; wrap non-printing escape sequences (colours) in `"\u{1}"`.
    ///
    /// Multi-line input is the caller's job: call again with a continuation prompt such as `"... "`.
    /// In plain mode the prompt is not shown, and `.interrupted` means a signal interrupted the read.
    public func read(prompt: String) -> ReadResult {
        guard let editLine else {
            return plainReader?.readLine() ?? .endOfInput
        }
        setPrompt(prompt)
        interruptRequested = false
        prefixSearch.reset()
        lastTab = nil
        var count: Int32 = 0
        guard let wide = el_wgets(editLine, &count) else {
            if count < 0, errno == EINTR { return .interrupted }
            // libedit leaves the cursor after "^D"; end the row so the caller's next output starts cleanly.
            writeOutput("\n")
            return .endOfInput
        }
        if interruptRequested { return .interrupted }
        var line = WideText.string(WideText.scalars(wide, count: Int(count)))
        while line.last == "\n" || line.last == "\r" || line.last == "\r\n" { line.removeLast() }
        return .line(line)
    }

    /// Reads one line showing `prompt`; nil at end of input, and `""` after Ctrl-C (so the REPL just prompts again).
    public func readLine(prompt: String) -> String? {
        switch read(prompt: prompt) {
        case .line(let line): return line
        case .interrupted: return ""
        case .endOfInput: return nil
        }
    }

    /// Appends an accepted line to the history and, at once, to the history file.
    ///
    /// Blank lines and a repeat of the newest entry are skipped; in plain mode nothing is recorded.
    public func addHistory(_ line: String) {
        guard isInteractive, historyLimit > 0 else { return }
        var entry = line
        while entry.last == "\n" || entry.last == "\r" || entry.last == "\r\n" { entry.removeLast() }
        guard !entry.allSatisfy(\.isWhitespace), historyEntries.last != entry else { return }
        historyEntries.append(entry)
        if historyEntries.count > historyLimit {
            historyEntries.removeFirst(historyEntries.count - historyLimit)
        }
        if let history {
            _ = WideText.wide(entry).withUnsafeBufferPointer { alinea_history_enter(history, $0.baseAddress) }
        }
        if let historyPath {
            HistoryFile(path: historyPath, limit: historyLimit).append(entry)
        }
    }

    /// The history file to use: `$ALINEA_HISTORY` when set (empty disables history), else `~/.alinea_history`.
    public static func defaultHistoryPath(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        if let configured = environment["ALINEA_HISTORY"] {
            guard !configured.isEmpty else { return nil }
            return (configured as NSString).expandingTildeInPath
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".alinea_history")
    }

    /// Loads the history file into both the Swift mirror and libedit's history.
    private func loadHistory() {
        guard let historyPath, historyLimit > 0 else { return }
        historyEntries = HistoryFile(path: historyPath, limit: historyLimit).load()
        guard let history else { return }
        for entry in historyEntries {
            _ = WideText.wide(entry).withUnsafeBufferPointer { alinea_history_enter(history, $0.baseAddress) }
        }
    }

    /// Writes text straight to the terminal, e.g. a completion listing.
    func writeOutput(_ text: String) {
        guard let outputFile else { return }
        fputs(text, outputFile)
        fflush(outputFile)
    }
}
