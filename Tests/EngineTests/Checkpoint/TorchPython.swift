import Foundation

/// Runs Python for the interop and reference tests, with a timeout so a hung interpreter cannot
/// stall the suite. Output goes to a file rather than a pipe, so a chatty child cannot deadlock.
enum TorchPython {
    /// Whether `python3 -c "import torch, safetensors"` succeeds (checked once per test run);
    /// `ALINEA_SKIP_PYTHON=1` turns the Python comparisons off for quick local runs.
    static let available: Bool = {
        if ProcessInfo.processInfo.environment["ALINEA_SKIP_PYTHON"] != nil { return false }
        guard let r = try? run(["-c", "import torch, safetensors"], timeout: 90) else { return false }
        return r.status == 0
    }()

    /// Runs `python3 arguments...`; returns the exit status and combined output, or throws on timeout.
    static func run(_ arguments: [String], timeout: TimeInterval = 120) throws -> (status: Int32, output: String) {
        let outputURL = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("alinea-python-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outputURL) }
        let handle = try FileHandle(forWritingTo: outputURL)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = done.wait(timeout: .now() + 5)
            throw NSError(domain: "TorchPython", code: 1, userInfo: [NSLocalizedDescriptionKey: "python3 \(arguments.joined(separator: " ")) timed out after \(timeout) s"])
        }
        let output = (try? String(contentsOf: outputURL, encoding: .utf8)) ?? ""
        return (process.terminationStatus, output)
    }
}

/// Paths of committed fixtures and scratch directories for tests.
enum TestPaths {
    /// `Tests/EngineTests/Fixtures`, found from this source file so it works from any working directory.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path

    /// A fresh empty directory under the system temporary directory.
    static func scratchDirectory() throws -> String {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("alinea-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}
