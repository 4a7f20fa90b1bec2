import ArgumentParser
import Foundation

/// The `alinea` executable: parses the command line and maps every outcome to an exit status
/// (see `ExitStatus`). ArgumentParser's own exit path is bypassed because it reports usage
/// errors as 64, and `alinea` promises 2.
@main
enum AlineaMain {
    static func main() {
        let status: Int32
        do {
            let (options, scriptArguments) = splitAtTerminator(Array(CommandLine.arguments.dropFirst()))
            let command = try AlineaCommand.parseAsRoot(options)
            status = try run(command, scriptArguments: scriptArguments)
        } catch let error as CLIError {
            Console.fail(error.message)
            status = error.status
        } catch {
            status = reportParseOutcome(error)
        }
        Console.flush()
        exit(status)
    }

    /// The arguments before the first `--` (for ArgumentParser) and after it (the script's `args`).
    /// Splitting here, rather than with `.postTerminator` arguments, keeps the root command from
    /// taking the arguments meant for `run`; a `--` that is the value of `-e` does not count.
    static func splitAtTerminator(_ arguments: [String]) -> ([String], [String]) {
        var i = 0
        while i < arguments.count {
            if arguments[i] == "--" { return (Array(arguments[..<i]), Array(arguments[(i + 1)...])) }
            i += arguments[i] == "-e" ? 2 : 1
        }
        return (arguments, [])
    }

    private static func run(_ command: any ParsableCommand, scriptArguments: [String]) throws -> Int32 {
        guard let executable = command as? any ExecutableCommand else {
            // ArgumentParser's own commands (help): their `run` throws the clean exit that prints help.
            var other = command
            try other.run()
            return ExitStatus.success
        }
        return try executable.execute(scriptArguments: scriptArguments)
    }

    /// `--help` and `--version` print to stdout and succeed; anything else is a usage error.
    private static func reportParseOutcome(_ error: any Error) -> Int32 {
        let message = AlineaCommand.fullMessage(for: error)
        if AlineaCommand.exitCode(for: error) == .success {
            Console.out(message.isEmpty ? "" : message + "\n")
            return ExitStatus.success
        }
        Console.err(message + "\n")
        return ExitStatus.usage
    }
}
