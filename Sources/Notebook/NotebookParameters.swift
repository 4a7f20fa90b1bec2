/// Parses `-p name=value` arguments (papermill style).
public enum NotebookParameters {
    /// A dictionary of parameters from `name=value` strings. Names are identifiers
    /// (`[A-Za-z_][A-Za-z0-9_]*`); the value is everything after the first `=` and may be empty;
    /// a later duplicate wins, as on most command lines.
    public static func parse(_ arguments: [String]) throws(NotebookParameterError) -> [String: String] {
        var result: [String: String] = [:]
        for argument in arguments {
            guard let eq = argument.firstIndex(of: "=") else {
                throw NotebookParameterError(message: "parameter '\(argument)' must look like name=value")
            }
            let name = String(argument[..<eq])
            guard isIdentifier(name) else {
                throw NotebookParameterError(message: "parameter name '\(name)' is not a valid name (letters, digits and _, not starting with a digit)")
            }
            result[name] = String(argument[argument.index(after: eq)...])
        }
        return result
    }

    private static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || ("a"..."z").contains(first) || ("A"..."Z").contains(first) else {
            return false
        }
        return s.unicodeScalars.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }
}
