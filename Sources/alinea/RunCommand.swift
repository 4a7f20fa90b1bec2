import ArgumentParser

/// `alinea run FILE [options] [-- args]`: runs a script, or a notebook when FILE ends in `.md`.
struct RunCommand: ParsableCommand, ExecutableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a script (.aln) or a notebook (.md).",
        usage: "alinea run FILE [OPTIONS] [-- ARGS...]",
        discussion: """
            Relative paths inside the file resolve against the file's own directory. A notebook's \
            outputs are printed to the terminal unless --html or --md is given. Arguments after -- \
            reach the script as the list `args`; -p parameters reach it as the dict `params`.
            """
    )

    @Argument(help: ArgumentHelp("The script or notebook to run.", valueName: "file"))
    var file: String

    @Option(name: .customLong("html"), help: ArgumentHelp("Render the notebook as a self-contained HTML page.",
                                                          valueName: "out.html"))
    var htmlPath: String?

    @Option(name: .customLong("md"), help: ArgumentHelp("Write the notebook back with its outputs (plus SVG side files).",
                                                        valueName: "out.md"))
    var markdownPath: String?

    @Flag(help: "Run every cell of a notebook even after unexpected errors.")
    var keepGoing = false

    @Flag(help: "Show wall-clock times of notebook cells.")
    var timings = false

    @Option(name: .customShort("p"), help: ArgumentHelp("A parameter (repeatable), readable as params[\"name\"].",
                                                       valueName: "name=value"))
    var parameters: [String] = []

    @Option(help: ArgumentHelp("Call seed(N) before running, for reproducible randomness.", valueName: "N"))
    var seed: Int?

    @Option(help: ArgumentHelp("Default time limit for each notebook cell, in seconds.", valueName: "seconds"))
    var timeout: Double?

    /// Whether FILE is a notebook.
    var isNotebook: Bool { file.lowercased().hasSuffix(".md") }

    func validate() throws {
        if !isNotebook {
            let notebookOnly = [("--html", htmlPath != nil), ("--md", markdownPath != nil),
                                ("--keep-going", keepGoing), ("--timings", timings), ("--timeout", timeout != nil)]
            if let option = notebookOnly.first(where: { $0.1 })?.0 {
                throw ValidationError("\(option) applies to notebooks (.md files) only")
            }
        }
        if let timeout, !(timeout > 0) {
            throw ValidationError("--timeout must be a positive number of seconds")
        }
    }

    func execute(scriptArguments arguments: [String]) throws -> Int32 {
        let locations = FileLocations(input: file)
        if isNotebook {
            return try NotebookCommandRunner(command: self, locations: locations, arguments: arguments).run()
        }
        return try ScriptRunner(locations: locations, arguments: arguments, parameters: parameters, seed: seed).run()
    }
}
