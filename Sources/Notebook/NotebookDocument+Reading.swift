extension NotebookDocument {
    /// Reads a notebook. Cells are top-level fenced blocks (``` or ~~~, any length ≥ 3, indented
    /// at most three spaces) whose info string's first word is `alinea`; a nested fence inside a
    /// longer one is content, as in CommonMark. Output blocks (`<!-- alinea:output -->` …
    /// `<!-- /alinea:output -->`) from an earlier run are dropped wherever they are.
    ///
    /// Throws every problem at once: unknown or malformed cell options, and unclosed cell fences.
    public static func parse(_ text: String, file: String) throws(NotebookParseError) -> NotebookDocument {
        var reader = NotebookReader(lines: SourceLine.split(text), file: file)
        reader.read()
        if !reader.diagnostics.isEmpty { throw NotebookParseError(diagnostics: reader.diagnostics) }
        let ending = text.utf8.firstIndex(of: UInt8(ascii: "\n")).map { i -> String in
            i > text.utf8.startIndex && text.utf8[text.utf8.index(before: i)] == UInt8(ascii: "\r") ? "\r\n" : "\n"
        } ?? "\n"
        return NotebookDocument(file: file, blocks: reader.blocks, lineEnding: ending)
    }
}
