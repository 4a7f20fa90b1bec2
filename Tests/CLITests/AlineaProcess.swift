import Foundation
import TestSupport
import XCTest

/// Runs the real `alinea` binary with pipes for stdin, stdout and stderr, and a deadline.
///
/// `posix_spawn` rather than `Process`: the child gets an empty signal mask and default signal
/// actions (the test runner may block SIGINT, which the Ctrl-C test needs delivered), and the
/// poll loop below both feeds stdin and drains both outputs, so a chatty child can never block
/// on a full pipe. On timeout the child is killed and the test fails instead of hanging.
enum AlineaProcess {
    /// What a run produced.
    struct Output {
        /// The exit status (128 + signal when killed by a signal).
        var status: Int32
        /// Everything written to stdout.
        var stdout: String
        /// Everything written to stderr.
        var stderr: String
    }

    /// The binary: `alinea` beside the test bundle (same build directory), else `$ALINEA_BIN`.
    static func binary() throws -> String {
        var candidates: [String] = []
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        candidates.append(runner.appendingPathComponent("alinea").path)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(URL(fileURLWithPath: bundle.bundlePath).deletingLastPathComponent()
                .appendingPathComponent("alinea").path)
        }
        if let configured = ProcessInfo.processInfo.environment["ALINEA_BIN"] { candidates.append(configured) }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("no alinea binary next to the tests (looked at \(candidates)); build it or set ALINEA_BIN")
        }
        return found
    }

    /// Runs `alinea arguments...` in `directory` with `stdin` as input.
    ///
    /// `environment` is added to a clean one: the test's own minus `NO_COLOR`/`ALINEA_HISTORY`,
    /// with `HOME` pointing at a fresh temporary directory. With `interrupt`, SIGINT is sent once the
    /// child has installed its SIGINT handler (Linux: read from /proc), as a Ctrl-C would.
    static func run(_ arguments: [String], stdin: String = "", directory: String? = nil,
                    environment: [String: String] = [:], timeout: TimeInterval = 30,
                    interrupt: Bool = false) throws -> Output {
        let home = try TemporaryDirectory(prefix: "alinea-cli-home")
        var variables = ProcessInfo.processInfo.environment
        variables["NO_COLOR"] = nil
        variables["ALINEA_HISTORY"] = nil
        variables["HOME"] = home.path
        variables.merge(environment) { _, new in new }
        let child = try SpawnedChild(argv: [try binary()] + arguments,
                                     environment: variables.map { "\($0.key)=\($0.value)" }, directory: directory)
        return try child.communicate(input: Array(stdin.utf8), timeout: timeout, interrupt: interrupt)
    }
}
