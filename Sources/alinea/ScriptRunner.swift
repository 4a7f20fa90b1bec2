import Lang
import Notebook

/// Runs a script file in batch: `alinea run script.aln` (and the first half of `alinea graph`).
struct ScriptRunner {
    /// Where the script is.
    let locations: FileLocations
    /// The `args` list.
    let arguments: [String]
    /// `-p name=value` strings, exposed as the `params` dict as in notebooks.
    let parameters: [String]
    /// `--seed`.
    let seed: Int?

    /// Runs the script and returns the exit status.
    func run() throws -> Int32 {
        let (_, status) = try runKeepingSession()
        return status
    }

    /// Runs the script and returns the session (for `alinea graph`) with the exit status.
    func runKeepingSession() throws -> (Session, Int32) {
        let bytes = try locations.readInput()
        let parsed: [String: String]
        do {
            parsed = try NotebookParameters.parse(parameters)
        } catch {
            throw CLIError(error.description, status: ExitStatus.usage)
        }
        let session = SessionFactory.make()
        SessionFactory.defineArguments(arguments, in: session)
        _ = SessionCellExecutor(session: session).setParameters(parsed)
        if let message = SessionFactory.seed(seed, in: session) { throw CLIError(message) }
        try locations.enterInputDirectory()
        let source = SourceFile(name: locations.givenPath, bytes: bytes, path: locations.absolutePath)
        InterruptBridge.install(exitOnRepeat: true)
        let result = session.run(source)
        InterruptBridge.restore()
        Console.flush()
        if InterruptBridge.wasInterrupted {
            Console.report(result.diagnostics)
            return (session, ExitStatus.interrupted)
        }
        guard result.succeeded else {
            Console.report(result.diagnostics)
            return (session, ExitStatus.scriptError)
        }
        return (session, ExitStatus.success)
    }
}
