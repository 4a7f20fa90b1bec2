import Foundation
import XCTest

/// Drives a program inside a private tmux server (shared by LineEditorTests and CLITests), as a person at a terminal would: send keys, read the screen.
///
/// Each driver starts its own server (`tmux -L <unique socket>`) with `HOME` set to a fresh temporary
/// directory and `~/.tmux.conf` ignored, so tests neither see nor disturb the user's sessions or history.
/// tmux is run with `posix_spawnp` + `waitpid` because `Process.waitUntilExit` hangs on the daemonised server;
/// the child gets an empty signal mask and default signal actions, since the test runner may block or ignore
/// signals that the program under test needs (SIGINT for Ctrl-C, SIGCHLD for its own children).
///
/// Panes stay on screen after their program exits (`remain-on-exit`), so a test can still read the last
/// screen and the exit status. Call `stop()` (or let the driver go) to kill the server.
public final class TmuxDriver {
    /// A tmux command failed or a wait timed out; the description carries tmux's output or the screen.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong, including the last screen for timeouts.
        public let description: String
    }

    /// Whether a `tmux` executable is on `PATH`.
    public static var isAvailable: Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/tmux") }
    }

    /// The private server's socket name (`tmux -L`).
    public let socket: String
    /// The temporary directory used as `HOME` for the server and everything it runs.
    public let home: TemporaryDirectory
    private let configPath: String
    private let environment: [String]
    private var commandCount = 0
    private var stopped = false

    /// Starts `command` (executed directly, without a shell, when it has several words) in a `width`×`height` pane.
    ///
    /// `environment` is added to the test's own, after `HOME` (the temporary directory), `LANG` (`C.UTF-8`
    /// unless set) and the removal of `TMUX`. Throws `XCTSkip` when tmux is not installed.
    public init(command: [String], width: Int = 100, height: Int = 30, environment: [String: String] = [:],
         directory: String? = nil) throws {
        guard Self.isAvailable else { throw XCTSkip("tmux is not installed") }
        Self.reapServersOfDeadTestRuns()
        home = try TemporaryDirectory(prefix: "alinea-tmux")
        socket = "alinea-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        var variables = ProcessInfo.processInfo.environment
        variables["TMUX"] = nil
        variables["TMUX_PANE"] = nil
        variables["HOME"] = home.path
        variables["LANG"] = variables["LANG"] ?? "C.UTF-8"
        variables["TERM"] = variables["TERM"] ?? "xterm-256color"
        variables.merge(environment) { _, new in new }
        self.environment = variables.map { "\($0.key)=\($0.value)" }
        configPath = home.file("tmux.conf")
        // escape-time 0: an ESC sent alone must reach the program at once, not after tmux's Meta timeout.
        try "set -g remain-on-exit on\nset -g status off\nset -sg escape-time 0\nset -g history-limit 5000\n"
            .write(toFile: configPath, atomically: true, encoding: .utf8)
        var arguments = ["new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)"]
        if let directory { arguments += ["-c", directory] }
        try run(arguments + command)
    }

    deinit {
        stop()
    }

    /// Sends tmux key names: `"Enter"`, `"C-c"`, `"Up"`, `"Tab"`, `"BSpace"`…
    public func sendKeys(_ keys: String...) throws {
        try run(["send-keys", "-t", "main"] + keys)
    }

    /// Types `text` literally (no key-name lookup), UTF-8 included.
    public func type(_ text: String) throws {
        try run(["send-keys", "-t", "main", "-l", text])
    }

    /// The visible screen, one line per row, trailing blanks trimmed by tmux.
    public func screen() throws -> String {
        try run(["capture-pane", "-p", "-t", "main"])
    }

    /// Waits until the screen contains `text` and returns that screen; throws with the last screen on timeout.
    @discardableResult
    public func waitFor(_ text: String, timeout: TimeInterval = 5) throws -> String {
        try waitUntil("screen contains \(text.debugDescription)", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until `condition` holds for the screen, polling every 20 ms.
    @discardableResult
    public func waitUntil(_ what: String, timeout: TimeInterval = 5, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        repeat {
            last = try screen()
            if condition(last) { return last }
            usleep(20_000)
        } while Date() < deadline
        throw Failure(description: "timed out after \(timeout)s waiting for \(what); screen:\n\(last)")
    }

    /// The pane program's exit status once it has exited, nil while it runs.
    ///
    /// tmux 3.3 marks a pane dead when its pty closes but records the status only when it reaps the child on
    /// SIGCHLD, and that signal is sometimes lost: the child then stays a zombie and `pane_dead_status` empty
    /// for good. Nudging the server with another SIGCHLD makes it run its reaping loop again.
    public func exitStatus() throws -> Int32? {
        let fields = try run(["display-message", "-p", "-t", "main", "#{pane_dead}|#{pane_dead_status}|#{pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
            .split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 3, fields[0] == "1" else { return nil }
        if let status = Int32(fields[1]) { return status }
        if let server = pid_t(fields[2]) { kill(server, SIGCHLD) }
        return nil
    }

    /// Waits for the pane program to exit and returns its status.
    public func waitForExit(timeout: TimeInterval = 5) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let status = try exitStatus() { return status }
            usleep(20_000)
        } while Date() < deadline
        throw Failure(description: "the program did not exit within \(timeout)s; screen:\n\(try screen())")
    }

    /// Kills the private server (and the program in it); safe to call more than once.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        _ = try? run(["kill-server"])
        // tmux 3.3 leaves the socket file behind after kill-server.
        unlink("\(Self.socketDirectory)/\(socket)")
    }

    /// Where tmux keeps its sockets: `$TMUX_TMPDIR/tmux-<uid>`, `/tmp` by default.
    private static var socketDirectory: String {
        "\(ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp")/tmux-\(getuid())"
    }

    /// Kills servers left behind by test processes that crashed before `stop()` (a trap skips `defer`).
    ///
    /// Socket names carry the creating process's id (`alinea-test-<pid>-…`); only servers whose creator no
    /// longer exists are touched, so concurrent test runs keep theirs.
    private static func reapServersOfDeadTestRuns() {
        let directory = socketDirectory
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix("alinea-test-") {
            let fields = name.split(separator: "-")
            guard fields.count >= 4, let owner = pid_t(fields[2]), owner != getpid(),
                  kill(owner, 0) != 0, errno == ESRCH else { continue }
            let status = try? spawnAndWait(["tmux", "-L", name, "kill-server"],
                                           environment: ProcessInfo.processInfo.environment.map { "\($0)=\($1)" },
                                           outputPath: "/dev/null")
            if status != 0 { unlink("\(directory)/\(name)") }
        }
    }

    /// Runs one tmux client command and returns its output; throws when tmux exits with a failure.
    @discardableResult
    public func run(_ arguments: [String]) throws -> String {
        commandCount += 1
        // A file, not a pipe: the server daemonises from the first client and could hold a pipe's write end open.
        let outputPath = home.file("tmux-output-\(commandCount)")
        defer { unlink(outputPath) }
        let status = try Self.spawnAndWait(["tmux", "-L", socket, "-f", configPath] + arguments,
                                           environment: environment, outputPath: outputPath)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (\(status)): \(output)")
        }
        return output
    }

    /// `posix_spawnp` with stdin from /dev/null, stdout and stderr to `outputPath` and a clean signal state;
    /// returns the exit status (128 + signal if killed). Other descriptors are inherited unless close-on-exec
    /// (glibc's `addclosefrom_np` is not visible to Swift), which is why `PseudoTerminal` sets `FD_CLOEXEC`.
    private static func spawnAndWait(_ argv: [String], environment: [String], outputPath: String) throws -> Int32 {
        let pid: pid_t
        do {
            pid = try CleanSpawn.spawn(argv, environment: environment, searchPath: true) { actions in
                posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
                posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
                posix_spawn_file_actions_adddup2(&actions, 1, 2)
            }
        } catch {
            throw Failure(description: "posix_spawnp \(argv[0]) failed: \(error)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw Failure(description: "waitpid failed: errno \(errno)") }
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
