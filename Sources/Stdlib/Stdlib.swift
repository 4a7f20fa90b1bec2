import Foundation

/// One stdlib source file: its name (for error locations such as `losses.aln:12:5`) and text.
public struct StdlibFile: Sendable, Equatable {
    /// File name within `stdlib/`.
    public let name: String
    /// The Alinea source.
    public let source: String

    /// Creates a stdlib file.
    public init(name: String, source: String) {
        self.name = name
        self.source = source
    }
}

/// The Alinea standard library, written in Alinea and loaded into every session at start.
///
/// The sources are embedded in the binary (see scripts/gen-stdlib.sh) so an installed `alinea`
/// works from any directory; setting `ALINEA_STDLIB=/path/to/stdlib` loads the `.aln` files from
/// there instead, which is handy while editing the stdlib.
public enum Stdlib {
    /// Environment variable naming a directory to load the stdlib from instead of the embedded copy.
    public static let overrideVariable = "ALINEA_STDLIB"

    /// The files to load, in order: from `$ALINEA_STDLIB` when set, otherwise the embedded copy.
    public static func files(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> [StdlibFile] {
        guard let dir = environment[overrideVariable], !dir.isEmpty else { return embedded }
        return try load(directory: dir)
    }

    /// Reads every `.aln` file of `directory`, sorted by name.
    public static func load(directory: String) throws -> [StdlibFile] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".aln") }
            .sorted()
        return try names.map { name in
            let path = (directory as NSString).appendingPathComponent(name)
            return StdlibFile(name: name, source: try String(contentsOfFile: path, encoding: .utf8))
        }
    }
}
