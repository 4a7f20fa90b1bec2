import Lang

/// `alinea -e CODE`: runs the code in a fresh session and prints the value of a trailing
/// expression as the REPL would (`alinea -e '1 + 1'` prints `2`).
struct ExpressionRunner {
    /// The code to run.
    let code: String
    /// The `args` list.
    let arguments: [String]

    /// Runs the code; returns the exit status.
    func run() -> Int32 {
        let session = SessionFactory.make()
        SessionFactory.defineArguments(arguments, in: session)
        InterruptBridge.install(exitOnRepeat: true)
        let result = session.run(code, name: "<-e>")
        InterruptBridge.restore()
        if InterruptBridge.wasInterrupted {
            Console.report(result.diagnostics)
            return ExitStatus.interrupted
        }
        guard result.succeeded else {
            Console.report(result.diagnostics)
            return ExitStatus.scriptError
        }
        if result.hasPrintableValue, let value = result.value {
            Console.out(ValueFormatter.text(for: value) + "\n")
        }
        return ExitStatus.success
    }
}
