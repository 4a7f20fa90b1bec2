import ArgumentParser
import Foundation
import Lang

/// `alinea graph script.aln --value loss -o loss.svg`: runs a script and exports the
/// computation graph of one of its global tensors.
struct GraphCommand: ParsableCommand, ExecutableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Run a script and export the computation graph of a tensor it defines.",
        usage: "alinea graph SCRIPT --value NAME [-o OUT] [--seed N] [-- ARGS...]",
        discussion: "The format follows the output's extension: .svg, .png, .pdf, .dot or .gv."
    )

    @ArgumentParser.Argument(help: ArgumentHelp("The script to run.", valueName: "script.aln"))
    var file: String

    @Option(help: ArgumentHelp("The global tensor whose graph to export.", valueName: "name"))
    var value: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: NAME.svg).", valueName: "out"))
    var output: String?

    @Option(help: ArgumentHelp("Call seed(N) before running.", valueName: "N"))
    var seed: Int?

    func execute(scriptArguments arguments: [String]) throws -> Int32 {
        let locations = FileLocations(input: file)
        let outputName = output ?? "\(value).svg"
        let outputPath = locations.output(outputName)
        let (session, status) = try ScriptRunner(locations: locations, arguments: arguments, parameters: [],
                                                 seed: seed).runKeepingSession()
        guard status == ExitStatus.success else { return status }
        guard let tensor = session.value(of: value) else {
            // Only tensors have graphs, so suggest among the tensors the script defined.
            let tensors = session.globalNames().filter { if case .tensor? = session.value(of: $0) { return true }; return false }
            let hint = Suggestions.hint(for: value, in: tensors).map { " (\($0))" } ?? ""
            throw CLIError("'\(file)' defines no global named '\(value)'\(hint)")
        }
        try GraphDOT.write(tensor, named: "'\(value)'", session: session, to: outputPath)
        Console.out("wrote the graph of '\(value)' to \(outputName)\n")
        return ExitStatus.success
    }
}
