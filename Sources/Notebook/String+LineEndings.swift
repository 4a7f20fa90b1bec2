extension String {
    /// Whether the last byte is `\n`. Checked on UTF-8 because Swift's `hasSuffix("\n")` is false
    /// for text ending in `\r\n`, which is a single Character.
    var endsWithLineFeed: Bool {
        utf8.last == UInt8(ascii: "\n")
    }
}
