internal import CEditLine
import Foundation

/// The key functions implemented in Swift. Each runs inside `el_wgets` and returns a libedit `CC_*` code.
extension LineEditor {
    /// Tab: indent, or complete the word before the cursor through `completer` (bash-like, see `CompletionAction`).
    func completeWord(_ editLine: OpaquePointer) -> UInt8 {
        let state = currentLine(editLine)
        let before = state.line[..<state.cursor]
        if before.allSatisfy({ $0.properties.isWhitespace }) {
            lastTab = nil
            insert(indentation, editLine)
            return UInt8(CC_REFRESH)
        }
        guard let completer else { return UInt8(CC_ERROR) }
        let line = WideText.string(state.line)
        let textBefore = WideText.string(before)
        let cursor = textBefore.count
        let completion = completer(line, cursor)
        let start = min(max(completion.replaceFrom, 0), cursor)
        let word = String(textBefore.dropFirst(start))
        let action = CompletionAction.decide(word: word, candidates: completion.candidates,
                                             repeatedTab: lastTab == state)
        switch action {
        case .beep:
            lastTab = state
            return UInt8(CC_ERROR)
        case .replace(let text):
            el_deletestr(editLine, Int32(clamping: word.unicodeScalars.count))
            insert(text, editLine)
            lastTab = currentLine(editLine)
            return UInt8(CC_REFRESH)
        case .list(let candidates):
            let width = Int(alinea_el_columns(editLine))
            writeOutput("\n" + CandidateLayout.listing(candidates, width: width, limit: maxListedCandidates) + "\n")
            lastTab = state
            // Redraw the prompt and the line below the listing.
            return UInt8(CC_REDISPLAY)
        }
    }

    /// ^C: show `^C` at the end of the line and finish it; `read` sees `interruptRequested` and discards it.
    ///
    /// Pushing a newline (rather than returning `CC_NEWLINE`) lets libedit's own `ed-newline` move the cursor
    /// below a line that wraps, so the next prompt does not overwrite it.
    func discardLine(_ editLine: OpaquePointer) -> UInt8 {
        interruptRequested = true
        moveCursorToEnd(editLine)
        insert("^C", editLine)
        WideText.wide("\n").withUnsafeBufferPointer { el_wpush(editLine, $0.baseAddress) }
        return UInt8(CC_REFRESH)
    }

    /// ↑/↓: replace the line with the previous/next history entry that starts with the text before the cursor.
    func searchHistory(_ editLine: OpaquePointer, _ direction: PrefixHistorySearch.Direction) -> UInt8 {
        let state = currentLine(editLine)
        let line = WideText.string(state.line)
        let cursor = WideText.string(state.line[..<state.cursor]).count
        guard let next = prefixSearch.step(direction, line: line, cursor: cursor, entries: historyEntries) else {
            return UInt8(CC_ERROR)
        }
        moveCursorToEnd(editLine)
        el_deletestr(editLine, Int32(clamping: state.line.count))
        insert(next, editLine)
        return UInt8(CC_REFRESH)
    }

    /// The line being edited and the cursor, both in Unicode scalars (libedit's wide characters).
    func currentLine(_ editLine: OpaquePointer) -> TabState {
        guard let info = el_wline(editLine), let buffer = info.pointee.buffer,
              let cursor = info.pointee.cursor, let last = info.pointee.lastchar else {
            return TabState(line: [], cursor: 0)
        }
        let scalars = WideText.scalars(buffer, count: last - buffer)
        return TabState(line: scalars, cursor: min(max(cursor - buffer, 0), scalars.count))
    }

    /// Inserts `text` at the cursor; libedit rejects empty strings, so those are skipped.
    private func insert(_ text: String, _ editLine: OpaquePointer) {
        guard !text.isEmpty else { return }
        _ = WideText.wide(text).withUnsafeBufferPointer { el_winsertstr(editLine, $0.baseAddress) }
    }

    private func moveCursorToEnd(_ editLine: OpaquePointer) {
        let state = currentLine(editLine)
        let remaining = state.line.count - state.cursor
        if remaining > 0 { el_cursor(editLine, Int32(clamping: remaining)) }
    }
}
