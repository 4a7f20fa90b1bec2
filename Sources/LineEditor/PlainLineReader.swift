import Foundation

/// Reads lines from a file descriptor that is not a terminal: no prompt, no echo, no escape codes.
///
/// It reads the descriptor directly (not through `FILE*`) so nothing is buffered anywhere else, and so a
/// signal handler installed without `SA_RESTART` can interrupt a blocked read.
final class PlainLineReader {
    private let fd: Int32
    private var buffer: [UInt8] = []
    /// Start of the unread part of `buffer`; consumed bytes are dropped in bulk rather than per line.
    private var start = 0
    private var reachedEnd = false

    /// A reader over `fd`, which stays owned by the caller.
    init(fd: Int32) {
        self.fd = fd
    }

    /// The next line without its `\n` or `\r\n`; a last line without a newline is returned too.
    ///
    /// Invalid UTF-8 is replaced with U+FFFD, as `Swift.readLine` does.
    func readLine() -> ReadResult {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = String(decoding: buffer[start..<end], as: UTF8.self)
                start = newline + 1
                return .line(line)
            }
            if reachedEnd {
                guard start < buffer.count else { return .endOfInput }
                let line = String(decoding: buffer[start...], as: UTF8.self)
                start = buffer.count
                return .line(line)
            }
            switch fill() {
            case .data: continue
            case .end: reachedEnd = true
            case .interrupted: return .interrupted
            }
        }
    }

    private enum FillResult { case data, end, interrupted }

    private func fill() -> FillResult {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count > 0 {
            buffer.append(contentsOf: chunk[0..<count])
            return .data
        }
        if count == 0 { return .end }
        // EINTR only reaches us when a handler was installed without SA_RESTART, i.e. the caller
        // wants Ctrl-C to break a blocked read; other errors (EIO, EBADF) end the input.
        return errno == EINTR ? .interrupted : .end
    }
}
