/// Pins the dates cairo writes into PDF files, so rendering the same DOT twice gives the same bytes.
///
/// cairo 1.16 stamps `/CreationDate (D:20261122183716Z)` and ignores SOURCE_DATE_EPOCH. The digits
/// are overwritten in place with 1970-01-01 00:00:00 UTC, keeping the length and hence every xref offset.
enum PDFDates {
    /// Dictionary keys whose values are dates.
    private static let keys = ["/CreationDate (D:", "/ModDate (D:"].map { Array($0.utf8) }
    /// Replacement digits, in the order of a PDF date (YYYYMMDDHHmmSS).
    private static let epoch = Array("19700101000000".utf8)

    /// `pdf` with every creation and modification date set to the epoch.
    static func pinned(_ pdf: [UInt8]) -> [UInt8] {
        var bytes = pdf
        for key in keys {
            var start = 0
            while let found = firstIndex(of: key, in: bytes, from: start) {
                var index = found + key.count
                var digit = 0
                // Only digits change, so the zone suffix (`Z`, `+01'00'`) keeps its shape; its
                // digits become zeros (UTC).
                while index < bytes.count, bytes[index] != UInt8(ascii: ")") {
                    if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                        bytes[index] = digit < epoch.count ? epoch[digit] : UInt8(ascii: "0")
                        digit += 1
                    }
                    index += 1
                }
                start = index
            }
        }
        return bytes
    }

    /// The first index at or after `start` where `needle` occurs in `haystack`.
    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}
