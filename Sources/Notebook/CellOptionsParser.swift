/// Parses the part of a cell's info string after `alinea`: brace groups of options separated by
/// commas and/or whitespace, e.g. ` {hide} {timeout=30}` or ` {hide, timeout=30}`. Problems
/// become located diagnostics; parsing continues so all of them are reported.
struct CellOptionsParser {
    let chars: [Character]
    let file: String
    let line: Int
    /// 0-based column of `chars[0]` in the source line.
    let columnOffset: Int
    private(set) var diagnostics: [NotebookDiagnostic] = []
    private var seen: Set<String> = []

    init(text: String, file: String, line: Int, columnOffset: Int) {
        self.chars = Array(text)
        self.file = file
        self.line = line
        self.columnOffset = columnOffset
    }

    mutating func parse() -> CellOptions {
        var options = CellOptions()
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == " " || c == "\t" { i += 1; continue }
            if c == "{" {
                guard let close = chars[(i + 1)...].firstIndex(of: "}") else {
                    report(at: i, "unclosed '{' in cell options (expected '}')")
                    return options
                }
                parseGroup(from: i + 1, to: close, into: &options)
                i = close + 1
                continue
            }
            var end = i
            while end < chars.count, chars[end] != " ", chars[end] != "\t", chars[end] != "{" { end += 1 }
            let word = String(chars[i..<end])
            report(at: i, "unexpected '\(word)' after 'alinea': cell options go in braces, e.g. {hide}")
            i = end
        }
        return options
    }

    /// Parses `name` and `name=value` items between `start` and `end` (exclusive).
    private mutating func parseGroup(from start: Int, to end: Int, into options: inout CellOptions) {
        var i = start
        while i < end {
            if chars[i] == " " || chars[i] == "\t" || chars[i] == "," { i += 1; continue }
            var j = i
            while j < end, chars[j] != " ", chars[j] != "\t", chars[j] != "," { j += 1 }
            apply(String(chars[i..<j]), at: i, to: &options)
            i = j
        }
    }

    private mutating func apply(_ item: String, at position: Int, to options: inout CellOptions) {
        let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(parts[0])
        let value = parts.count > 1 ? String(parts[1]) : nil
        guard CellOptions.names.contains(name) else {
            let hint = EditDistance.suggestion(for: name, in: CellOptions.names).map { " (did you mean '\($0)'?)" }
                ?? " (known options: \(CellOptions.names.joined(separator: ", ")))"
            report(at: position, "unknown cell option '\(name)'" + hint)
            return
        }
        if !seen.insert(name).inserted {
            report(at: position, "cell option '\(name)' is given twice")
            return
        }
        if name == "timeout" {
            guard let value, !value.isEmpty else {
                report(at: position, "cell option 'timeout' needs a number of seconds, e.g. {timeout=30}")
                return
            }
            guard let seconds = Double(value), seconds.isFinite, seconds > 0 else {
                report(at: position, "cell option 'timeout' needs a positive number of seconds, not '\(value)'")
                return
            }
            options.timeout = seconds
            return
        }
        if let value {
            report(at: position, "cell option '\(name)' takes no value (remove '=\(value)')")
            return
        }
        switch name {
        case "expect-error": options.expectError = true
        case "hide": options.hide = true
        case "no-output": options.noOutput = true
        default: break
        }
    }

    private mutating func report(at position: Int, _ message: String) {
        diagnostics.append(NotebookDiagnostic(file: file, line: line, column: columnOffset + position + 1, message: message))
    }
}
