/// A half-open span of UTF-8 byte offsets `start..<end` within one source file.
public struct SourceRange: Sendable, CustomStringConvertible {
    /// The file the span belongs to.
    public let file: SourceFile
    /// Offset of the first byte.
    public let start: Int
    /// Offset one past the last byte (equal to `start` for an empty span).
    public let end: Int

    /// Creates a span; `end` is clamped so it is never before `start`.
    public init(file: SourceFile, start: Int, end: Int) {
        self.file = file
        self.start = start
        self.end = max(start, end)
    }

    /// Line and column of the first byte.
    public var startLocation: SourceLocation { file.location(of: start) }
    /// Line and column just past the last byte.
    public var endLocation: SourceLocation { file.location(of: end) }
    /// 1-based line of the first byte.
    public var line: Int { startLocation.line }

    /// The smallest span covering both spans (which must share a file).
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(file: file, start: min(start, other.start), end: max(end, other.end))
    }

    /// `name:line:column`.
    public var description: String { "\(file.name):\(startLocation)" }
}

extension SourceRange: Equatable {
    /// Two ranges are equal when they cover the same bytes of the same file object.
    public static func == (a: SourceRange, b: SourceRange) -> Bool {
        a.file === b.file && a.start == b.start && a.end == b.end
    }
}
