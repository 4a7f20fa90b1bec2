/// A parsed command that runs and reports its exit status instead of throwing `ExitCode`:
/// ArgumentParser's own statuses (64 for usage errors) differ from `alinea`'s (see `ExitStatus`).
protocol ExecutableCommand {
    /// Runs the command with the arguments that followed `--` (the script's `args`); `CLIError`s
    /// are reported by the caller with their status.
    func execute(scriptArguments: [String]) throws -> Int32
}
