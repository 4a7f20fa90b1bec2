import Foundation

/// Paths for a batch run: what to read, where to write, and the directory to run in.
///
/// Relative paths inside a script or notebook (`import`, data files, `plot(..., "x.svg")`)
/// resolve against the file's own directory, so the process changes its working directory there
/// while the file runs. Paths given on the command line (the input and `--html`/`--md`/`-o`) are
/// made absolute against the original working directory first, so they still mean what the user
/// typed.
struct FileLocations {
    /// The input as the user gave it: the name diagnostics and rendered output use.
    let givenPath: String
    /// The input's absolute path.
    let absolutePath: String
    /// The directory the input lives in (absolute).
    let directory: String
    /// The working directory when `alinea` started.
    let originalDirectory: String

    /// Locations for the input `path`.
    init(input path: String) {
        originalDirectory = FileManager.default.currentDirectoryPath
        givenPath = path
        absolutePath = FileLocations.absolute(path, base: originalDirectory)
        directory = (absolutePath as NSString).deletingLastPathComponent
    }

    /// `path` made absolute against the original working directory, `.` and `..` resolved.
    func output(_ path: String) -> String {
        FileLocations.absolute(path, base: originalDirectory)
    }

    /// Reads the input; throws a usage error (exit 2) naming the path as given.
    func readInput() throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolutePath, isDirectory: &isDirectory) else {
            throw CLIError("cannot read '\(givenPath)': no such file", status: ExitStatus.usage)
        }
        guard !isDirectory.boolValue else {
            throw CLIError("cannot read '\(givenPath)': it is a directory", status: ExitStatus.usage)
        }
        guard let data = FileManager.default.contents(atPath: absolutePath) else {
            throw CLIError("cannot read '\(givenPath)': permission denied or unreadable", status: ExitStatus.usage)
        }
        return [UInt8](data)
    }

    /// Makes the input's directory the working directory.
    func enterInputDirectory() throws {
        guard FileManager.default.changeCurrentDirectoryPath(directory) else {
            throw CLIError("cannot change to the directory of '\(givenPath)'")
        }
    }

    /// Writes `text` to an absolute path, creating missing parent directories.
    static func write(_ text: String, to path: String, shownAs name: String) throws {
        do {
            let parent = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError("cannot write '\(name)': \(error.localizedDescription)")
        }
    }

    /// `path` against `base` unless absolute, with `.` and `..` resolved.
    static func absolute(_ path: String, base: String) -> String {
        let full = path.hasPrefix("/") ? path : (base as NSString).appendingPathComponent(path)
        return URL(fileURLWithPath: full).standardizedFileURL.path
    }
}
