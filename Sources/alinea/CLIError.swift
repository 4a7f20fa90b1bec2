/// A failure of the command line itself (not of Alinea code), reported as `alinea: message`.
struct CLIError: Error, CustomStringConvertible {
    /// What went wrong, ready to show.
    let message: String
    /// The exit status to end with.
    let status: Int32

    /// An error with `message`, ending the process with `status` (a script error by default).
    init(_ message: String, status: Int32 = ExitStatus.scriptError) {
        self.message = message
        self.status = status
    }

    /// The message.
    var description: String { message }
}
