/// The outcome of running one file, REPL input or notebook cell.
public struct RunResult {
    /// The value of a trailing bare expression statement (for the REPL to print and bind to
    /// `_`); nil when the input did not end with one, ended with `;`, or failed.
    /// `Value.nil` (e.g. from `print(...)`) is a value too: REPLs usually do not print it.
    public var value: Value?
    /// Syntax, resolution or runtime errors (rendered with `DiagnosticRenderer`).
    public var diagnostics: [Diagnostic]
    /// True when parsing failed only because the input ended early: read another line.
    public var isIncomplete: Bool

    /// True when nothing went wrong.
    public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }

    /// True when a REPL should show `value`: there is one and it is not `nil`.
    public var hasPrintableValue: Bool {
        guard let value else { return false }
        return !value.isNil
    }
}
