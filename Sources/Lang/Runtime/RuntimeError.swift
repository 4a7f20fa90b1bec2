/// An error raised while running Alinea code, with the location and the Alinea call stack.
///
/// It is a class so that frames can be appended cheaply while the error unwinds through calls.
/// It is `@unchecked Sendable` (as `Error` requires) because only the interpreter thread mutates
/// it, before the error is handed to the caller as a finished value.
public final class RuntimeError: Error, @unchecked Sendable {
    /// What went wrong, naming the operation and operand types.
    public let message: String
    /// Where it went wrong (filled in by the nearest call site when a builtin raises it).
    public internal(set) var range: SourceRange?
    /// Optional suggestion.
    public let hint: String?
    /// Calls unwound so far, innermost first: the callee's name and its call site.
    var unwound: [(callee: String, site: SourceRange?)] = []

    /// Creates an error; `range` may be left for the interpreter to fill in.
    public init(_ message: String, range: SourceRange? = nil, hint: String? = nil) {
        self.message = message
        self.range = range
        self.hint = hint
    }

    /// Records that the error left a call to `callee` made at `site`.
    func unwind(callee: String, site: SourceRange?) {
        if range == nil { range = site }
        unwound.append((callee, site))
    }

    /// The traceback, innermost frame first: each frame's function and the position in it.
    public var traceback: [Diagnostic.Frame] {
        guard !unwound.isEmpty else { return [] }
        var frames = [Diagnostic.Frame(function: unwound[0].callee, range: range)]
        for (i, u) in unwound.enumerated() {
            let caller = i + 1 < unwound.count ? unwound[i + 1].callee : "<script>"
            frames.append(Diagnostic.Frame(function: caller, range: u.site))
        }
        return frames
    }

    /// The error as a diagnostic; runs of identical frames (deep recursion) are collapsed.
    public var diagnostic: Diagnostic {
        var frames: [Diagnostic.Frame] = []
        var repeats = 0
        for f in traceback {
            if let last = frames.last, last.function == f.function, last.range?.line == f.range?.line,
               last.range?.file === f.range?.file {
                repeats += 1
                continue
            }
            if repeats > 0 {
                frames.append(Diagnostic.Frame(function: "... (previous frame repeated \(repeats) more times)",
                                               range: nil))
                repeats = 0
            }
            frames.append(f)
        }
        if repeats > 0 {
            frames.append(Diagnostic.Frame(function: "... (previous frame repeated \(repeats) more times)", range: nil))
        }
        return Diagnostic(.error, message, range: range, hint: hint, traceback: frames)
    }
}
