import Lang

/// A plain name or a dotted path of names (`model`, `model.blocks`, `opt.step`): the only
/// expressions the REPL evaluates on its own, for completion and help. Evaluating one reads
/// variables and attributes but never calls user code, so pressing Tab cannot start a training
/// run or print anything.
enum NamePath {
    /// Whether `text` is `name(.name)*` with ASCII identifier names, none of them a keyword.
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { isIdentifier($0) && Session.keywordSet.contains(String($0)) == false }
    }

    /// Whether `text` is an identifier: `[A-Za-z_][A-Za-z0-9_]*`.
    static func isIdentifier(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first, isIdentifierStart(first) else { return false }
        return text.unicodeScalars.allSatisfy(isIdentifierPart)
    }

    /// A letter or underscore.
    static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c)
    }

    /// A letter, digit or underscore.
    static func isIdentifierPart(_ c: Unicode.Scalar) -> Bool {
        isIdentifierStart(c) || ("0"..."9").contains(c)
    }

    /// The value `path` names in `session`, or nil when it is not a valid path or not defined.
    static func lookup(_ path: String, in session: Session) -> Value? {
        guard isValid(path) else { return nil }
        if !path.contains(".") { return session.value(of: path) }
        // Attribute access goes through the session (natives compute their attributes); its
        // output is muted so nothing an attribute might print reaches the screen.
        let saved = session.output
        session.output = { _ in }
        defer { session.output = saved }
        let result = session.run(path, name: "<completion>")
        return result.succeeded ? result.value : nil
    }
}

extension Session {
    /// The keywords as a set, for quick membership tests.
    static let keywordSet = Set(Session.keywords)
}
