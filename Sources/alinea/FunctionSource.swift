import Lang

/// The Alinea source of a function, for the REPL's `??name`.
enum FunctionSource {
    /// The declaration's text from its source range, with the `#` comment lines right above it
    /// (they document the function), under a `# file:line` header.
    static func text(of function: Function) -> String {
        let range = function.range
        let file = range.file
        let line = range.startLocation.line
        var first = line
        while first > 1, file.lineText(first - 1).trimmingBlanks().hasPrefix("#") { first -= 1 }
        let start = file.lineStarts[first - 1]
        let end = min(max(range.end, start), file.bytes.count)
        let body = String(decoding: file.bytes[start..<end], as: UTF8.self)
        return "# \(file.name):\(line)\n" + body
    }
}
