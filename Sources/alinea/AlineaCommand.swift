import ArgumentParser

/// The root command: `alinea` starts the REPL, `alinea -e CODE` evaluates code, and the
/// subcommands run scripts and notebooks and export graphs.
struct AlineaCommand: ParsableCommand, ExecutableCommand {
    /// The version `alinea --version` prints.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "alinea",
        abstract: "Alinea: a literate scripting environment for exploring language-model alignment.",
        usage: """
            alinea                                    start the REPL (reads stdin plainly when it is not a terminal)
            alinea -e CODE [-- ARGS...]               run CODE and print the value of its last expression
            alinea run FILE [OPTIONS] [-- ARGS...]    run a script (.aln) or a notebook (.md)
            alinea graph SCRIPT --value NAME [-o OUT] export the graph of a tensor a script defines
            """,
        discussion: """
            With no arguments, starts the REPL (:help inside it lists its commands). When standard \
            input is not a terminal, reads Alinea code from it line by line, without prompts.

            Exit status: 0 on success, 1 when a script, expression or notebook fails, 2 on usage \
            errors or unreadable input files, 130 after Ctrl-C in a batch run.
            """,
        version: "alinea \(version)",
        subcommands: [RunCommand.self, GraphCommand.self]
    )

    @Option(name: .customShort("e"), help: ArgumentHelp("Run CODE and print the value of its last expression.",
                                                         valueName: "code"))
    var expression: String?

    func execute(scriptArguments arguments: [String]) throws -> Int32 {
        if let expression {
            return ExpressionRunner(code: expression, arguments: arguments).run()
        }
        guard arguments.isEmpty else {
            throw CLIError("arguments after -- need -e CODE or `alinea run FILE`", status: ExitStatus.usage)
        }
        return Repl().run()
    }
}
