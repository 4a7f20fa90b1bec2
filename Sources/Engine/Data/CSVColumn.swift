/// One column of a CSV table: numeric when every present value parses as a number, text otherwise.
/// Missing values (empty, `NA`, `N/A`, `NaN`, `nan`, `NULL`, `null`) are nil in either kind.
public enum CSVColumn: Equatable, Sendable {
    /// Numbers; nil where the value is missing.
    case numeric([Double?])
    /// Strings; nil where the value is missing.
    case text([String?])

    /// The spellings read as a missing value (compared after trimming spaces), as pandas does by default.
    public static let missingMarkers: Set<String> = ["", "NA", "N/A", "NaN", "nan", "NULL", "null"]

    /// Number of values.
    public var count: Int {
        switch self {
        case .numeric(let v): return v.count
        case .text(let v): return v.count
        }
    }

    /// Number of missing values.
    public var missingCount: Int {
        switch self {
        case .numeric(let v): return v.reduce(0) { $0 + ($1 == nil ? 1 : 0) }
        case .text(let v): return v.reduce(0) { $0 + ($1 == nil ? 1 : 0) }
        }
    }

    /// Whether the column was inferred as numeric.
    public var isNumeric: Bool { if case .numeric = self { return true }; return false }

    /// Row `i` as text (numbers in shortest round-trip form), or nil when missing.
    public func text(at i: Int) -> String? {
        switch self {
        case .numeric(let v): return v[i].map(CSVColumn.format)
        case .text(let v): return v[i]
        }
    }

    /// Infers a column from raw cells: numeric if every non-missing cell is a decimal number.
    static func infer(_ cells: [String]) -> CSVColumn {
        var numbers: [Double?] = []
        numbers.reserveCapacity(cells.count)
        var numeric = true
        for cell in cells {
            let t = trimmed(cell)
            if missingMarkers.contains(t) { numbers.append(nil); continue }
            guard let x = number(t) else { numeric = false; break }
            numbers.append(x)
        }
        if numeric { return .numeric(numbers) }
        return .text(cells.map { missingMarkers.contains(trimmed($0)) ? nil : $0 })
    }

    /// A decimal number (`-1.5e3`, `inf`), rejecting forms `Double(_:)` accepts but CSV readers do not (hex).
    static func number(_ s: String) -> Double? {
        let lower = s.lowercased()
        if ["inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"].contains(lower) { return Double(lower) }
        guard !s.isEmpty, s.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E || $0 == 0x65 || $0 == 0x45 }) else {
            return nil
        }
        return Double(s)
    }

    /// Spaces and tabs trimmed from both ends.
    static func trimmed(_ s: String) -> String {
        var sub = Substring(s)
        while let f = sub.first, f == " " || f == "\t" { sub.removeFirst() }
        while let l = sub.last, l == " " || l == "\t" { sub.removeLast() }
        return String(sub)
    }

    /// Integral values without a fraction, others in shortest round-trip form.
    static func format(_ x: Double) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x == x.rounded(), Swift.abs(x) < 1e16 { return x == 0 && x.sign == .minus ? "-0.0" : String(Int64(x)) }
        return x.description
    }
}
