/// The outcome of one `LineEditor.read(prompt:)` call.
public enum ReadResult: Sendable, Equatable {
    /// A line the user accepted, without its trailing newline.
    case line(String)
    /// Ctrl-C while editing: the line was discarded; show a fresh prompt.
    case interrupted
    /// End of input: Ctrl-D on an empty line, or the end of a pipe.
    case endOfInput
}
