import Foundation

/// Real text to train on when the machine has it (Debian's `wamerican` word list and `fortunes-min`),
/// and a synthetic fallback so everything also works with nothing installed.
public enum Corpus {
    /// Where `wamerican` installs its word list.
    public static let wordsPath = "/usr/share/dict/words"
    /// Where `fortunes-min` installs its fortune files.
    public static let fortunesDirectory = "/usr/share/games/fortunes"

    /// The words of a word list (one per line, blank lines dropped), or nil when the file is absent.
    public static func dictionaryWords(path: String = wordsPath) throws -> [String]? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try TextDecoding.readText(path).split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
    }

    /// Every fortune in the plain-text fortune files of `directory` (entries end at a line holding only
    /// `%`), files in name order; the `.dat` indexes, `.u8` links and subdirectories are skipped.
    /// Returns nil when the directory is absent or holds no fortune files.
    public static func fortunes(directory: String = fortunesDirectory) throws -> [String]? {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        let names = try fm.contentsOfDirectory(atPath: directory).sorted()
        var entries: [String] = []
        var sawFile = false
        for name in names where !name.hasPrefix(".") && !name.hasSuffix(".dat") && !name.hasSuffix(".u8") {
            let path = directory + "/" + name
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            sawFile = true
            // Some fortune files carry stray Latin-1 bytes; a corpus loader replaces them instead of failing.
            let bytes = try TextDecoding.readBytes(path)
            let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
            var current: [Substring] = []
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line == "%" {
                    let entry = current.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                    if !entry.isEmpty { entries.append(entry) }
                    current = []
                } else {
                    current.append(line)
                }
            }
            let last = current.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if !last.isEmpty { entries.append(last) }
        }
        return sawFile && !entries.isEmpty ? entries : nil
    }

    /// Synthetic English-like text of `sentences` sentences, fixed by `seed`.
    public static func synthetic(sentences: Int, seed: UInt64 = 0) -> String {
        var g = SyntheticText(seed: seed)
        return g.text(sentences: sentences)
    }

    /// The best available training text and where it came from: fortunes if installed, else the word
    /// list (one word per line), else synthetic sentences; truncated to about `maxCharacters`.
    public static func defaultText(maxCharacters: Int = 200_000, seed: UInt64 = 0) throws -> (source: String, text: String) {
        if let f = try fortunes() { return ("fortunes", clip(f.joined(separator: "\n\n") + "\n", maxCharacters)) }
        if let w = try dictionaryWords() { return ("words", clip(w.joined(separator: "\n") + "\n", maxCharacters)) }
        var g = SyntheticText(seed: seed)
        var text = ""
        while text.unicodeScalars.count < maxCharacters { text += g.text(sentences: 50) }
        return ("synthetic", clip(text, maxCharacters))
    }

    /// The first `n` Unicode scalars of `text`.
    private static func clip(_ text: String, _ n: Int) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: text.unicodeScalars.prefix(n))
        return String(v)
    }
}
