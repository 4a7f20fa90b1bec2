import Foundation
import TestSupport
import XCTest

/// A child process with its three standard streams on pipes (see `AlineaProcess`).
final class SpawnedChild {
    /// The child's process id.
    let pid: pid_t
    private var input: Int32
    private var output: Int32
    private var errors: Int32

    /// The program being run (argv[0]); until a `cd` wrapper has exec'd it, the pid is the shell's.
    private let program: String

    /// Spawns `argv` (argv[0] is a path) with `environment`, in `directory` when given.
    ///
    /// glibc's `posix_spawn_file_actions_addchdir_np` is not visible to Swift, so a directory is
    /// entered by a `/bin/sh` wrapper that `exec`s the program (same pid).
    init(argv program: [String], environment: [String], directory: String?) throws {
        self.program = program[0]
        let argv = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0] + program } ?? program
        var inPipe: [Int32] = [0, 0], outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
        guard pipe(&inPipe) == 0, pipe(&outPipe) == 0, pipe(&errPipe) == 0 else {
            throw SpawnFailure(description: "cannot create pipes")
        }
        let child: pid_t
        do {
            child = try CleanSpawn.spawn(argv, environment: environment, searchPath: false) { actions in
                posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
                posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
                posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
                for fd in inPipe + outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, fd) }
            }
        } catch {
            [inPipe[0], outPipe[1], errPipe[1], inPipe[1], outPipe[0], errPipe[0]].forEach { close($0) }
            throw SpawnFailure(description: "cannot start \(argv[0]): \(error)")
        }
        close(inPipe[0])
        close(outPipe[1])
        close(errPipe[1])
        pid = child
        input = inPipe[1]
        output = outPipe[0]
        errors = errPipe[0]
        // Writes to a child that closed stdin must fail with EPIPE, not kill the test runner.
        signal(SIGPIPE, SIG_IGN)
    }

    /// Feeds `input`, collects both outputs until the child exits, and returns its status.
    /// Kills the child and fails the test after `timeout` seconds.
    func communicate(input data: [UInt8], timeout: TimeInterval, interrupt: Bool) throws -> AlineaProcess.Output {
        let deadline = Date().addingTimeInterval(timeout)
        var written = 0
        var out: [UInt8] = [], err: [UInt8] = []
        var interrupted = !interrupt
        if data.isEmpty { close(input); input = -1 }
        while output >= 0 || errors >= 0 {
            if Date() > deadline {
                kill(pid, SIGKILL)
                _ = reap()
                throw SpawnFailure(description: "alinea timed out after \(timeout)s; stdout:\n\(String(decoding: out, as: UTF8.self))\nstderr:\n\(String(decoding: err, as: UTF8.self))")
            }
            if !interrupted, handlesSIGINT() {
                kill(pid, SIGINT)
                interrupted = true
            }
            var fds: [pollfd] = []
            if output >= 0 { fds.append(pollfd(fd: output, events: Int16(POLLIN), revents: 0)) }
            if errors >= 0 { fds.append(pollfd(fd: errors, events: Int16(POLLIN), revents: 0)) }
            if input >= 0 { fds.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), 20)
            if ready < 0, errno != EINTR { break }
            for entry in fds where entry.revents != 0 {
                if entry.fd == input {
                    let count = data[written...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
                    if count > 0 { written += count }
                    if count < 0 || written >= data.count { close(input); input = -1 }
                } else {
                    var chunk = [UInt8](repeating: 0, count: 65536)
                    let count = chunk.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                    if count > 0 {
                        if entry.fd == output { out += chunk[0..<count] } else { err += chunk[0..<count] }
                    } else if count == 0 || errno != EINTR {
                        close(entry.fd)
                        if entry.fd == output { output = -1 } else { errors = -1 }
                    }
                }
            }
        }
        if input >= 0 { close(input); input = -1 }
        let status = reap()
        return AlineaProcess.Output(status: status, stdout: String(decoding: out, as: UTF8.self),
                                    stderr: String(decoding: err, as: UTF8.self))
    }

    /// Whether the child has a SIGINT handler installed (bit 2 of SigCgt in /proc/PID/status).
    private func handlesSIGINT() -> Bool {
        #if os(Linux)
        // Until the shell wrapper has exec'd the program, the signal mask is the shell's.
        guard let commandLine = try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8),
              commandLine.split(separator: "\0").first.map(String.init) == program else { return false }
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigCgt:") }),
              let mask = UInt64(line.dropFirst("SigCgt:".count).trimmingCharacters(in: .whitespaces), radix: 16) else {
            return false
        }
        return mask & (1 << (UInt64(SIGINT) - 1)) != 0
        #else
        usleep(500_000)
        return true
        #endif
    }

    /// Waits for the child and returns its exit status (128 + signal when signalled).
    private func reap() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return -1 }
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
