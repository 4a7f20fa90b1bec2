/// The process exit statuses of `alinea`, shared by every subcommand.
enum ExitStatus {
    /// Everything ran as expected.
    static let success: Int32 = 0
    /// A script, expression or notebook failed (the message is on stderr).
    static let scriptError: Int32 = 1
    /// The command line was wrong, or an input file could not be read.
    static let usage: Int32 = 2
    /// Ctrl-C stopped a batch run (128 + SIGINT, as shells report it).
    static let interrupted: Int32 = 130
}
