import Foundation
import Lang
import Notebook

/// `alinea run nb.md`: runs a notebook, then prints it to the terminal or renders it to
/// `--html`/`--md` files.
struct NotebookCommandRunner {
    /// The parsed command line.
    let command: RunCommand
    /// Where the notebook and the outputs are.
    let locations: FileLocations
    /// The `args` list (arguments after `--`).
    let arguments: [String]

    /// Runs the notebook and returns the exit status.
    func run() throws -> Int32 {
        let bytes = try locations.readInput()
        let parameters: [String: String]
        do {
            parameters = try NotebookParameters.parse(command.parameters)
        } catch {
            throw CLIError(error.description, status: ExitStatus.usage)
        }
        let document: NotebookDocument
        do {
            document = try NotebookDocument.parse(String(decoding: bytes, as: UTF8.self), file: locations.givenPath)
        } catch {
            Console.err(error.diagnostics.map { "\($0)\n" }.joined())
            return ExitStatus.scriptError
        }
        // Resolve output paths before leaving the original working directory.
        let htmlPath = command.htmlPath.map(locations.output)
        let markdownPath = command.markdownPath.map(locations.output)
        let toTerminal = htmlPath == nil && markdownPath == nil

        let session = SessionFactory.make()
        // Cell outputs are captured, never a live terminal: plain progress lines, and wall-clock
        // values only with --timings, so rendered output stays byte-identical run to run.
        DisplaySettings.progressStyle = .plain(everyPercent: 10)
        DisplaySettings.timings = command.timings
        SessionFactory.defineArguments(arguments, in: session)
        if let message = SessionFactory.seed(command.seed, in: session) { throw CLIError(message) }
        let executor = SessionCellExecutor(session: session)
        executor.isCancelled = { InterruptBridge.wasInterrupted }
        try locations.enterInputDirectory()

        let options = NotebookRunOptions(keepGoing: command.keepGoing, parameters: parameters,
                                         defaultTimeout: command.timeout)
        let terminal = TerminalRenderer(timings: command.timings)
        InterruptBridge.install(exitOnRepeat: true)
        let run = NotebookRunner(executor: executor, options: options).run(document) { cell in
            // Print each cell as it finishes, so a long notebook shows progress.
            if toTerminal { Console.out(terminal.render(cell, file: document.file)) }
        }
        InterruptBridge.restore()
        Console.flush()

        if let htmlPath, let name = command.htmlPath {
            let html = HTMLRenderer(timings: command.timings).render(run)
            try FileLocations.write(html, to: htmlPath, shownAs: name)
        }
        if let markdownPath, let name = command.markdownPath {
            try writeMarkdown(run, to: markdownPath, shownAs: name)
        }
        if !toTerminal { reportErrors(run) }
        if let summary = terminal.summary(run) { Console.err(summary + "\n") }
        if InterruptBridge.wasInterrupted { return ExitStatus.interrupted }
        return run.exitStatus
    }

    /// Writes the Markdown copy and its side files (SVG plots) next to it.
    private func writeMarkdown(_ run: NotebookRun, to path: String, shownAs name: String) throws {
        let rendering = NotebookMarkdownWriter(baseName: name, timings: command.timings).write(run)
        try FileLocations.write(rendering.text, to: path, shownAs: name)
        let directory = (path as NSString).deletingLastPathComponent
        for side in rendering.sideFiles {
            let sidePath = (directory as NSString).appendingPathComponent(side.name)
            try FileLocations.write(side.contents, to: sidePath, shownAs: side.name)
        }
    }

    /// When rendering to files, unexpected errors still reach stderr, so CI logs show them.
    private func reportErrors(_ run: NotebookRun) {
        var text = ""
        for output in run.parameterOutputs { if case .error(let message) = output { text += message + "\n" } }
        for cell in run.cells where cell.status.isUnexpected {
            for output in cell.outputs { if case .error(let message) = output { text += message + "\n" } }
        }
        if !text.isEmpty { Console.err(text) }
    }
}
