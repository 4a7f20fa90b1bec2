import Foundation

/// Conversions between Swift strings and libedit's wide (`wchar_t`, UTF-32 on Linux and macOS) buffers.
///
/// The editor uses libedit's wide API so multibyte input does not depend on how libedit converts to and from
/// the locale's narrow encoding.
enum WideText {
    /// The scalars of `count` wide characters at `pointer`; values that are not Unicode scalars become U+FFFD.
    static func scalars(_ pointer: UnsafePointer<wchar_t>, count: Int) -> [Unicode.Scalar] {
        UnsafeBufferPointer(start: pointer, count: max(count, 0)).map {
            Unicode.Scalar(UInt32(bitPattern: Int32($0))) ?? "\u{FFFD}"
        }
    }

    /// A string made of `scalars`.
    static func string<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// A NUL-terminated wide copy of `text`.
    static func wide(_ text: String) -> [wchar_t] {
        text.unicodeScalars.map { wchar_t(Int32(bitPattern: $0.value)) } + [0]
    }
}
