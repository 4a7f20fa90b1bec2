import CGraphviz
import Foundation
import Synchronization

/// The process's single Graphviz context and the lock that serialises every Graphviz call.
///
/// Graphviz keeps global state (the parser, the error hook, plugin tables), so two threads must
/// never be inside it at once; every call in this target goes through `withContext`.
enum GraphvizSession {
    /// What a locked call gets to work with.
    struct Handles {
        /// The `GVC_t` context, with the plugin list loaded.
        var gvc: OpaquePointer
        /// The discipline `DotParser` reads graphs with.
        var discipline: UnsafeMutablePointer<Agdisc_t>
    }

    /// Created on first use and never freed: they live as long as the process.
    private static let context = Mutex<Handles?>(nil)
    /// Text Graphviz reported through the error hook during the current locked call.
    private static let captured = Mutex<String>("")

    /// Runs `body` with the context while holding the Graphviz lock, after clearing earlier messages.
    static func withContext<R: Sendable>(
        _ body: (Handles) throws(GraphExportError) -> R
    ) throws(GraphExportError) -> R {
        try context.withLock { (slot: inout Handles?) throws(GraphExportError) -> R in
            if slot == nil {
                // Without a hook Graphviz prints straight to stderr, where callers could never see it.
                agseterrf { message in
                    if let message { GraphvizSession.captured.withLock { $0 += String(cString: message) } }
                    return 0
                }
                // Report every level through the hook immediately instead of buffering in a temp file.
                _ = agseterr(AGWARN)
                // gvContext loads the plugin list (config6a) from Graphviz's plugin directory.
                guard let gvc = gvContext() else { throw .contextUnavailable }
                slot = Handles(gvc: gvc, discipline: DotParser.makeDiscipline())
            }
            guard let handles = slot else { throw .contextUnavailable }
            captured.withLock { $0 = "" }
            _ = agreseterrors()
            return try body(handles)
        }
    }

    /// Messages reported since the locked call began, split into errors and warnings, prefixes removed.
    ///
    /// Graphviz delivers one message in pieces (`Error`, `: `, text), so the captured text is
    /// re-split on newlines; a line without a level prefix continues the previous message.
    static func messages() -> (errors: [String], warnings: [String]) {
        let text = captured.withLock { $0 }
        var errors: [String] = []
        var warnings: [String] = []
        var lastWasError = true
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            if let rest = remainder(of: trimmed, after: "Error:") {
                errors.append(rest); lastWasError = true
            } else if let rest = remainder(of: trimmed, after: "Warning:") {
                warnings.append(rest); lastWasError = false
            } else if lastWasError, let last = errors.popLast() {
                errors.append(last + " " + trimmed)
            } else if !lastWasError, let last = warnings.popLast() {
                warnings.append(last + " " + trimmed)
            } else {
                errors.append(trimmed); lastWasError = true
            }
        }
        return (errors, warnings)
    }

    /// The trimmed rest of `line` after `prefix`, or nil when the line does not start with it.
    private static func remainder(of line: String, after prefix: String) -> String? {
        guard line.hasPrefix(prefix) else { return nil }
        return String(line.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
    }
}
