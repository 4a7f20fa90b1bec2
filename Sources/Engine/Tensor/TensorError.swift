/// An error raised by a tensor operation: wrong shapes, bad arguments, invalid indices.
///
/// The message always starts with the operation's name so users can tell which call failed,
/// for example `matmul: [2, 3] @ [4, 5]: inner dimensions 3 and 4 differ`.
public struct TensorError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The operation that failed (`matmul`, `reshape`, ...).
    public let operation: String
    /// What went wrong, without the operation prefix.
    public let reason: String

    /// Creates an error for `operation`.
    public init(_ operation: String, _ reason: String) {
        self.operation = operation
        self.reason = reason
    }

    /// `operation: reason`.
    public var description: String { "\(operation): \(reason)" }
}

/// Formats a shape the way error messages and descriptions show it: `[2, 3]`.
@inlinable
public func formatShape(_ shape: [Int]) -> String {
    "[" + shape.map(String.init).joined(separator: ", ") + "]"
}
