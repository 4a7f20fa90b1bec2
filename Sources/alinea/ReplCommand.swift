import Lang

/// A REPL command line: `:help`, `?name`, `??name`, `:time expr`, ...
enum ReplCommand: Equatable {
    /// `:help` (nil) or `:help name`.
    case help(String?)
    /// `?name`: signature and documentation.
    case doc(String)
    /// `??name`: the Alinea source of a function.
    case source(String)
    /// `:time code`: run and report the wall time.
    case time(String)
    /// `:load file`: run a file in the session.
    case load(String)
    /// `:who`: user-defined globals with short types.
    case who
    /// `:graph expr [file]`: export a tensor's graph.
    case graph(String, file: String?)
    /// `:reset`: a fresh session.
    case reset
    /// `:quit`.
    case quit
    /// A `:word` that is not a command, or a command missing its argument.
    case invalid(String)

    /// The command words, for completion and `:help`.
    static let names = [":help", ":time", ":load", ":who", ":graph", ":reset", ":quit"]

    /// Extensions that mark the last word of `:graph` as the output file.
    static let graphExtensions = [".svg", ".png", ".pdf", ".dot", ".gv"]

    /// The command on `line`, or nil when the line is Alinea code.
    static func parse(_ line: String) -> ReplCommand? {
        let trimmed = line.trimmingBlanks()
        if trimmed.hasPrefix("??") { return named(String(trimmed.dropFirst(2)), ReplCommand.source, usage: "??name") }
        if trimmed.hasPrefix("?") { return named(String(trimmed.dropFirst()), ReplCommand.doc, usage: "?name") }
        guard trimmed.hasPrefix(":") else { return nil }
        let word = String(trimmed.prefix { $0 != " " && $0 != "\t" })
        let rest = String(trimmed.dropFirst(word.count)).trimmingBlanks()
        switch word {
        case ":help", ":h", ":?": return .help(rest.isEmpty ? nil : rest)
        case ":who": return .who
        case ":reset": return .reset
        case ":quit", ":q", ":exit": return .quit
        case ":time": return rest.isEmpty ? .invalid("usage: :time expression") : .time(rest)
        case ":load": return rest.isEmpty ? .invalid("usage: :load file") : .load(unquoted(rest))
        case ":graph": return graph(rest)
        default:
            let hint = Suggestions.hint(for: word, in: names).map { " (\($0))" } ?? ""
            return .invalid("unknown command '\(word)'\(hint); :help lists the commands")
        }
    }

    private static func named(_ name: String, _ make: (String) -> ReplCommand, usage: String) -> ReplCommand {
        let trimmed = name.trimmingBlanks()
        return trimmed.isEmpty ? .invalid("usage: \(usage)") : make(trimmed)
    }

    private static func graph(_ rest: String) -> ReplCommand {
        guard !rest.isEmpty else { return .invalid("usage: :graph expression [file.svg|.png|.pdf|.dot]") }
        if let space = rest.lastIndex(where: { $0 == " " || $0 == "\t" }) {
            let last = unquoted(String(rest[rest.index(after: space)...]))
            if graphExtensions.contains(where: { last.lowercased().hasSuffix($0) }) {
                return .graph(String(rest[..<space]).trimmingBlanks(), file: last)
            }
        }
        return .graph(rest, file: nil)
    }

    /// A path without surrounding quotes, so `:load "my file.aln"` works.
    private static func unquoted(_ text: String) -> String {
        if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
            return String(text.dropFirst().dropLast())
        }
        return text
    }
}
