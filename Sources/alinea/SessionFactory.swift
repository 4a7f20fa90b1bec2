import Foundation
import Lang
import Stdlib

/// Creates the language sessions the command line and the REPL run code in.
enum SessionFactory {
    /// A session whose `print` writes to stdout and whose `show(...)` prints the text form of
    /// rich output, with the standard library loaded. Problems loading the stdlib are reported on
    /// stderr; the session is still usable.
    static func make() -> Session {
        // Progress bars redraw in place only on a terminal; pipes, files and notebooks get the
        // deterministic plain lines (the default).
        if Console.stdoutIsTerminal { DisplaySettings.progressStyle = .terminal(barWidth: 30) }
        let session = Session(output: Console.out)
        session.interpreter.display = { rich in
            Console.out(ValueFormatter.lines(for: rich).map { $0 + "\n" }.joined())
        }
        let files: [StdlibFile]
        do {
            files = try Stdlib.files()
        } catch {
            Console.fail("cannot load the standard library from $\(Stdlib.overrideVariable): \(error)")
            return session
        }
        let sources = files.map { SourceFile(name: "stdlib/\($0.name)", text: $0.source) }
        Console.report(session.loadPrelude(sources))
        return session
    }

    /// Defines the global `args`: the script arguments given after `--`, as a list of strings.
    static func defineArguments(_ arguments: [String], in session: Session) {
        session.define("args", .list(arguments.map { Value.string($0) }))
    }

    /// Calls the language's `seed(n)` builtin, if the session has one, before anything runs.
    /// Returns an error message when the call fails.
    static func seed(_ value: Int?, in session: Session) -> String? {
        guard let value else { return nil }
        guard let function = session.value(of: "seed") else {
            return "--seed: this build of the language has no seed() function"
        }
        do {
            _ = try session.interpreter.call(function, [.number(Double(value))])
            return nil
        } catch let error as RuntimeError {
            return "--seed: \(error.message)"
        } catch {
            return "--seed: \(error)"
        }
    }
}
