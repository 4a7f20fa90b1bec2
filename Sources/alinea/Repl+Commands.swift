import Foundation
import Lang
import Plot

extension Repl {
    /// Carries out a `:command`, `?name` or `??name` line.
    func perform(_ command: ReplCommand) {
        switch command {
        case .help(nil): Console.out(overview())
        case .help(let name?), .doc(let name): document(name)
        case .source(let name): showSource(name)
        case .time(let code):
            guard let seconds = evaluate(code, firstLine: currentLine) else { return }
            Console.out("time: \(Repl.format(seconds))\n")
        case .load(let path): load(path)
        case .who: Console.out(who())
        case .graph(let code, let file): graph(code, file: file ?? "graph.svg")
        case .reset:
            session = SessionFactory.make()
            baselineNames = Set(session.globalNames())
            Console.out("the session was reset: all your definitions are gone\n")
        case .quit: quitRequested = true
        case .invalid(let message): complain(message)
        }
    }

    /// `:help`: the commands, then the builtins and stdlib functions with their summaries.
    func overview() -> String {
        var text = """
            Type Alinea code to run it; the value of an expression is printed and bound to `_`.
            End a line with `;` to run it without printing. An open bracket or a trailing operator
            continues on the next line. Ctrl-C interrupts running code, Ctrl-D quits.

            Commands:
              :help [name]        this overview, or the documentation of a name (also ?name)
              ??name              the Alinea source of a function
              :time code          run code and show the wall time
              :load file          run a file in this session
              :who                your global names and their types
              :graph expr [file]  write the computation graph of a tensor (default graph.svg)
              :reset              start a fresh session
              :quit               leave (also Ctrl-D)


            """
        var builtins: [(String, String)] = []
        var library: [(String, String)] = []
        for name in session.globalNames() where !name.hasPrefix("_") {
            guard let value = session.value(of: name) else { continue }
            switch value {
            case .builtin: builtins.append((name, session.summary(of: value) ?? ""))
            case .function(let f) where baselineNames.contains(name): library.append((name, f.signature))
            default: continue
            }
        }
        text += Repl.columns("Builtins:", builtins)
        if !library.isEmpty { text += "\n" + Repl.columns("Standard library:", library) }
        return text
    }

    /// `:help name` and `?name`.
    func document(_ name: String) {
        if Session.keywordSet.contains(name) {
            Console.out("'\(name)' is a keyword of the language\n")
            return
        }
        guard let value = lookup(name) else { return }
        Console.out(session.help(value) + "\n")
    }

    /// `??name`: the source of an Alinea function, or why there is none.
    func showSource(_ name: String) {
        guard let value = lookup(name) else { return }
        switch value {
        case .function(let function):
            Console.out(FunctionSource.text(of: function) + "\n")
        case .builtin:
            Console.out("'\(name)' is a builtin written in Swift, so it has no Alinea source:\n\(session.help(value))\n")
        default:
            complain("'\(name)' is a \(value.typeName), not a function")
        }
    }

    /// `:load file`: runs the file in this session (relative to the working directory).
    func load(_ path: String) {
        InterruptBridge.install(exitOnRepeat: false)
        let result = session.runFile(path: path)
        InterruptBridge.restore()
        Console.flush()
        if !result.succeeded {
            Console.report(result.diagnostics)
            anyFailure = true
        }
    }

    /// `:who`: the globals the user defined (not builtins or stdlib), with short types.
    func who() -> String {
        let names = session.globalNames().filter { !baselineNames.contains($0) && $0 != "_" }
        guard !names.isEmpty else { return "no names defined yet\n" }
        let rows = names.compactMap { name in session.value(of: name).map { (name, ValueFormatter.shortType(of: $0)) } }
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0 + String(repeating: " ", count: width - $0.0.count) + "  " + $0.1 + "\n" }.joined()
    }

    /// `:graph expr [file]`: evaluates the expression and writes its graph.
    func graph(_ code: String, file: String) {
        InterruptBridge.install(exitOnRepeat: false)
        let result = session.run(SourceFile(name: sourceName, text: String(repeating: "\n", count: currentLine - 1) + code))
        InterruptBridge.restore()
        Console.flush()
        guard result.succeeded else {
            Console.report(result.diagnostics)
            anyFailure = true
            return
        }
        guard let value = result.value else {
            complain(":graph needs an expression whose value is a tensor")
            return
        }
        do {
            try GraphDOT.write(value, named: "the value of '\(code)'", session: session, to: file)
            let full = FileLocations.absolute(file, base: FileManager.default.currentDirectoryPath)
            Console.out("wrote the graph to \(file)" + (file.hasPrefix("/") ? "" : " (\(full))") + "\n")
        } catch {
            complain("\(error)")
        }
    }

    /// The value a name or dotted path refers to; complains (with a suggestion) when there is none.
    private func lookup(_ name: String) -> Value? {
        guard NamePath.isValid(name) else {
            complain("'\(name)' is not a name; ?name and ??name take a name such as print or model.forward")
            return nil
        }
        if let value = NamePath.lookup(name, in: session) { return value }
        let head = String(name.prefix { $0 != "." })
        let hint = Suggestions.hint(for: head, in: session.globalNames()).map { " (\($0))" } ?? ""
        complain(session.value(of: head) == nil ? "'\(head)' is not defined\(hint)" : "'\(name)' does not exist")
        return nil
    }

    /// A heading and name/description rows, names padded to a common width.
    static func columns(_ title: String, _ rows: [(String, String)]) -> String {
        let width = min(rows.map(\.0.count).max() ?? 0, 24)
        let lines = rows.map { name, text in
            "  " + name + String(repeating: " ", count: max(1, width - name.count + 2)) + text
        }
        return title + "\n" + lines.map { $0.trimmingBlanks().isEmpty ? "" : $0 + "\n" }.joined()
    }

    /// A wall time for `:time`: microseconds, milliseconds or seconds with 3 significant digits.
    static func format(_ seconds: Double) -> String {
        if seconds < 1e-3 { return NumberFormatting.significant(seconds * 1e6, digits: 3) + " µs" }
        if seconds < 1 { return NumberFormatting.significant(seconds * 1e3, digits: 3) + " ms" }
        return NumberFormatting.significant(seconds, digits: 3) + " s"
    }
}
