/// An error reading or writing a checkpoint, naming the file and the problem, for example
/// `m.safetensors: truncated: the header says 4096 bytes follow the length prefix but only 100 do`.
public struct CheckpointError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file as the caller named it.
    public let path: String
    /// What went wrong.
    public let reason: String

    /// Creates an error about `path`.
    public init(path: String, _ reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `path: reason`.
    public var description: String { "\(path): \(reason)" }
}
