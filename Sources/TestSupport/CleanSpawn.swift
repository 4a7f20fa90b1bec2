import Foundation
#if canImport(Glibc)
import Glibc
#endif

#if canImport(Darwin)
/// File actions handed to `posix_spawn` (an optional pointer on Darwin, a struct on glibc).
public typealias SpawnFileActions = posix_spawn_file_actions_t?
#else
/// File actions handed to `posix_spawn` (an optional pointer on Darwin, a struct on glibc).
public typealias SpawnFileActions = posix_spawn_file_actions_t
#endif

/// Starts child processes for tests with a clean signal state: an empty signal mask and default
/// dispositions for termination and job-control signals, whatever the test runner set (XCTest and
/// the REPL under test install handlers that a child must not inherit).
public enum CleanSpawn {
    /// Why a spawn failed: the `posix_spawn` error number and its text.
    public struct Failure: Error, CustomStringConvertible {
        /// The error number `posix_spawn` returned.
        public let code: Int32
        /// `strerror` of the code.
        public var description: String { String(cString: strerror(code)) }
    }

    /// Spawns `argv` (looked up on PATH when `searchPath`) with `environment`; `configure` adds the
    /// redirections. Returns the child's pid.
    public static func spawn(_ argv: [String], environment: [String], searchPath: Bool,
                             configure: (inout SpawnFileActions) -> Void) throws -> pid_t {
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        var attributes: posix_spawnattr_t?
        #else
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        configure(&actions)
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE, SIGCHLD, SIGTSTP, SIGTTIN, SIGTTOU] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup($0) } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = searchPath
            ? posix_spawnp(&pid, argv[0], &actions, &attributes, cArguments, cEnvironment)
            : posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, cEnvironment)
        guard result == 0 else { throw Failure(code: result) }
        return pid
    }
}
