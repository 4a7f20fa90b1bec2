/// The options of one cell, written in braces after `alinea` in the fence's info string:
/// ```` ```alinea {hide} {timeout=30} ```` or, equivalently, ```` ```alinea {hide, timeout=30} ````.
/// Inside braces, options are separated by commas and/or spaces.
public struct CellOptions: Equatable, Sendable {
    /// `{expect-error}`: the cell must fail; if it succeeds, the run fails.
    public var expectError: Bool
    /// `{hide}`: run the cell and show its outputs, but not its code (HTML). The Markdown copy
    /// keeps the code, since it is the notebook itself.
    public var hide: Bool
    /// `{no-output}`: run the cell but show none of its outputs, except an unexpected error.
    public var noOutput: Bool
    /// `{timeout=SECONDS}`: the longest the cell may run.
    public var timeout: Double?

    /// Options with the given values; the default is a plain cell.
    public init(expectError: Bool = false, hide: Bool = false, noOutput: Bool = false, timeout: Double? = nil) {
        self.expectError = expectError
        self.hide = hide
        self.noOutput = noOutput
        self.timeout = timeout
    }

    /// The option names, for messages and suggestions.
    public static let names = ["expect-error", "hide", "no-output", "timeout"]
}
