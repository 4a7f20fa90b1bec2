import Foundation
import Lang
import LineEditor

/// Tab completion for the REPL:
/// - inside a string literal: file paths (`load("data/tr<Tab>`);
/// - after a dot: members of the receiver (`model.<Tab>`), when the receiver is a plain name or
///   dotted path (see `NamePath`; no other code is ever run to complete);
/// - inside a call's parentheses: the callee's parameter names as `name = `, plus ordinary names;
/// - a `:` at the start of the line: REPL commands; after `:load `, file paths;
/// - elsewhere: globals (builtins, stdlib, user names) and keywords.
struct ReplCompleter {
    /// The session whose names are completed.
    let session: Session
    /// The REPL's command words (`:help`, ...).
    let commands: [String]

    /// The completion for `line` with the cursor after `cursor` characters.
    func complete(line: String, cursor: Int) -> Completion {
        let chars = Array(line.prefix(cursor))
        let loadPrefix = Array(":load ")
        if chars.count >= loadPrefix.count, Array(chars[..<loadPrefix.count]) == loadPrefix,
           !chars[loadPrefix.count...].contains("\""), !chars[loadPrefix.count...].contains("'") {
            return paths(String(chars[loadPrefix.count...]), replaceFrom: loadPrefix.count)
        }
        let (context, mask) = SourceScanner.scan(chars)
        switch context {
        case .comment: return .none
        case .string(let start): return paths(String(chars[start...]), replaceFrom: start)
        case .code: break
        }
        if chars.first == ":", !chars.contains(" ") {
            let word = String(chars)
            return Completion(replaceFrom: 0, candidates: commands.filter { $0.hasPrefix(word) })
        }
        var start = chars.count
        while start > 0, let scalar = chars[start - 1].unicodeScalars.first,
              chars[start - 1].unicodeScalars.count == 1, NamePath.isIdentifierPart(scalar) {
            start -= 1
        }
        let word = String(chars[start...])
        if start > 0, chars[start - 1] == "." {
            return members(word: word, receiverEnd: start - 1, chars: chars, replaceFrom: start)
        }
        // In argument position the callee's parameter names win: `f(x, b<Tab>` means `beta = `
        // far more often than one of the globals starting with `b`.
        let parameters = argumentNames(word: word, wordStart: start, mask: mask)
        if !parameters.isEmpty { return Completion(replaceFrom: start, candidates: parameters) }
        var candidates: [String] = []
        if !word.isEmpty {
            let names = (session.globalNames() + Session.keywords).filter { $0.hasPrefix(word) }
            // Names starting with `_` (such as `_`) only when asked for.
            candidates += Set(names).sorted().filter { word.hasPrefix("_") || !$0.hasPrefix("_") }
        }
        return Completion(replaceFrom: start, candidates: candidates)
    }

    /// Members of the dotted path ending at `receiverEnd` (the dot's offset).
    private func members(word: String, receiverEnd: Int, chars: [Character], replaceFrom: Int) -> Completion {
        var receiverStart = receiverEnd
        while receiverStart > 0, chars[receiverStart - 1] == "." || isIdentifierCharacter(chars[receiverStart - 1]) {
            receiverStart -= 1
        }
        let receiver = String(chars[receiverStart..<receiverEnd])
        // `f().x` or `xs[0].x` would need running code: the receiver must be names only.
        if receiverStart > 0, [")", "]", "\"", "'"].contains(chars[receiverStart - 1]) { return .none }
        guard let value = NamePath.lookup(receiver, in: session) else { return .none }
        let names = Set(session.members(of: value)).sorted().filter { $0.hasPrefix(word) }
        return Completion(replaceFrom: replaceFrom, candidates: names)
    }

    /// `name = ` for the parameters of the call whose parentheses enclose the word, when the word
    /// starts an argument (right after `(` or `,`).
    private func argumentNames(word: String, wordStart: Int, mask: [Character]) -> [String] {
        var before = wordStart - 1
        while before >= 0, mask[before] == " " || mask[before] == "\t" { before -= 1 }
        guard before >= 0, mask[before] == "(" || mask[before] == "," else { return [] }
        // The innermost unclosed '(' before the word (brackets in strings are masked out).
        var depth = 0
        var open = before
        while open >= 0 {
            let c = mask[open]
            if c == ")" || c == "]" || c == "}" { depth += 1 }
            if c == "(" || c == "[" || c == "{" {
                if depth == 0 { break }
                depth -= 1
            }
            open -= 1
        }
        guard open >= 0, mask[open] == "(" else { return [] }
        var calleeStart = open
        while calleeStart > 0, mask[calleeStart - 1] == "." || isIdentifierCharacter(mask[calleeStart - 1]) {
            calleeStart -= 1
        }
        let callee = String(mask[calleeStart..<open])
        guard let value = NamePath.lookup(callee, in: session) else { return [] }
        return session.parameterNames(of: value).filter { $0.hasPrefix(word) }.map { $0 + " = " }
    }

    /// File and directory names completing `typed` (the string's content so far); directories
    /// end in `/`. Relative paths start at the working directory, `~/` at the home directory.
    private func paths(_ typed: String, replaceFrom: Int) -> Completion {
        let slash = typed.lastIndex(of: "/")
        let directoryPart = slash.map { String(typed[...$0]) } ?? ""
        let prefix = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        var directory = directoryPart.isEmpty ? "." : directoryPart
        if directory.hasPrefix("~") { directory = (directory as NSString).expandingTildeInPath }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return .none }
        var candidates: [String] = []
        for name in entries.sorted() where name.hasPrefix(prefix) {
            // Hidden files only when the user typed the dot.
            if name.hasPrefix("."), !prefix.hasPrefix(".") { continue }
            var isDirectory: ObjCBool = false
            let full = (directory as NSString).appendingPathComponent(name)
            _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            candidates.append(directoryPart + name + (isDirectory.boolValue ? "/" : ""))
            if candidates.count >= 1000 { break }
        }
        return Completion(replaceFrom: replaceFrom, candidates: candidates)
    }

    private func isIdentifierCharacter(_ c: Character) -> Bool {
        guard c.unicodeScalars.count == 1, let scalar = c.unicodeScalars.first else { return false }
        return NamePath.isIdentifierPart(scalar)
    }
}
