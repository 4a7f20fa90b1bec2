/// Plain UTF-8 text files.
public enum TextFile {
    /// The contents of `path`, decoded strictly as UTF-8 (invalid bytes are an error naming line and column).
    public static func load(_ path: String) throws -> String {
        try TextDecoding.readText(path)
    }

    /// Writes `text` to `path` atomically (a temporary file renamed over the old one).
    public static func save(_ text: String, to path: String) throws {
        try AtomicFile.write(text: text, to: path)
    }
}
