/// A child process that could not be started, or had to be killed at its deadline.
struct SpawnFailure: Error, CustomStringConvertible {
    /// What happened, with the output so far.
    let description: String
}
