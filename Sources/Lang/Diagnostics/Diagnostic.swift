/// A located message about the program: a syntax error, a resolution error or a runtime error.
///
/// Diagnostics are plain values; nothing in the library prints them. `DiagnosticRenderer`
/// turns them into text for a terminal, a notebook or a test.
public struct Diagnostic: Sendable, Error, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable {
        /// The program cannot run (or stopped running).
        case error
        /// Suspicious but allowed.
        case warning
        /// Extra information.
        case note
    }

    /// A secondary message, optionally located.
    public struct Note: Sendable {
        /// The note text.
        public var message: String
        /// Where it applies, if anywhere.
        public var range: SourceRange?
        /// Creates a note.
        public init(_ message: String, range: SourceRange? = nil) {
            self.message = message
            self.range = range
        }
    }

    /// One Alinea call frame of a runtime error's traceback.
    public struct Frame: Sendable {
        /// The function running in this frame (`<script>` for top-level code).
        public var function: String
        /// The position being executed in that frame.
        public var range: SourceRange?
        /// Creates a frame.
        public init(function: String, range: SourceRange?) {
            self.function = function
            self.range = range
        }
    }

    /// Error, warning or note.
    public var severity: Severity
    /// One-line description, e.g. `expected ')' after arguments`.
    public var message: String
    /// Where the problem is; nil for problems without a location (a missing file).
    public var range: SourceRange?
    /// Optional suggestion such as `did you mean 'print'?`.
    public var hint: String?
    /// Secondary messages.
    public var notes: [Note]
    /// Alinea call frames, innermost first; empty for syntax errors.
    public var traceback: [Frame]
    /// True when the input merely ended too early (open bracket, trailing operator):
    /// a REPL should read another line instead of reporting it.
    public var isIncompleteInput: Bool

    /// Creates a diagnostic.
    public init(_ severity: Severity = .error, _ message: String, range: SourceRange?, hint: String? = nil,
                notes: [Note] = [], traceback: [Frame] = [], isIncompleteInput: Bool = false) {
        self.severity = severity
        self.message = message
        self.range = range
        self.hint = hint
        self.notes = notes
        self.traceback = traceback
        self.isIncompleteInput = isIncompleteInput
    }

    /// `file:line:col: severity: message`, the first line of the rendered form.
    public var description: String {
        if let range { return "\(range): \(severity.rawValue): \(message)" }
        return "\(severity.rawValue): \(message)"
    }
}
