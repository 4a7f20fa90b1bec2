extension Value {
    /// Converts a Double to Int without ever trapping: NaN, infinities, fractions and values
    /// beyond ±2^53 (where Doubles stop being exact integers) are errors naming `what`.
    public static func integer(from x: Double, what: String) throws -> Int {
        guard x.isFinite else { throw RuntimeError("\(what) must be an integer, got \(formatNumber(x))") }
        guard x == x.rounded(.towardZero) else {
            throw RuntimeError("\(what) must be an integer, got \(formatNumber(x))",
                               hint: "use floor(x), ceil(x) or round(x)")
        }
        guard abs(x) <= 9_007_199_254_740_992 else {
            throw RuntimeError("\(what) \(formatNumber(x)) is too large")
        }
        return Int(x)
    }

    /// Resolves a possibly negative index against a length; out of range is an error.
    static func position(_ index: Value, count: Int, of what: String) throws -> Int {
        guard case .number(let x) = index else {
            throw RuntimeError("\(what) index must be a number, not \(index.typeName)")
        }
        let i = try integer(from: x, what: "\(what) index")
        let k = i < 0 ? i + count : i
        guard k >= 0, k < count else {
            throw RuntimeError("index \(i) is out of range for \(what) of length \(count)")
        }
        return k
    }

    /// The dict key for a value: strings and numbers only.
    func dictKey() throws -> DictKey {
        switch self {
        case .string(let s): return .string(s)
        case .number(let x):
            guard !x.isNaN else { throw RuntimeError("nan cannot be a dict key") }
            return .number(x == 0 ? 0 : x)  // -0 and 0 are one key
        case .bool(let b): return .number(b ? 1 : 0)
        default: throw RuntimeError("dict keys must be strings or numbers, not \(typeName)")
        }
    }
}

/// Resolves Python-style slice bounds for a sequence of `count` elements into the indices to take.
func sliceIndices(start: Value, stop: Value, step: Value, count: Int) throws -> [Int] {
    func bound(_ v: Value, _ name: String) throws -> Int? {
        switch v {
        case .nil: return nil
        case .number(let x):
            // Clamp huge bounds first: a slice bound past the end is fine, unlike an index.
            if x.isFinite, abs(x) > Double(Int32.max) { return x > 0 ? Int(Int32.max) : -Int(Int32.max) }
            return try Value.integer(from: x, what: "slice \(name)")
        default: throw RuntimeError("slice \(name) must be a number or nil, not \(v.typeName)")
        }
    }
    let st = try bound(step, "step") ?? 1
    guard st != 0 else { throw RuntimeError("slice step cannot be zero") }
    func clamp(_ i: Int?, _ dflt: Int, _ lo: Int, _ hi: Int) -> Int {
        guard var i else { return dflt }
        if i < 0 { i += count }
        return min(max(i, lo), hi)
    }
    var out: [Int] = []
    if st > 0 {
        var i = clamp(try bound(start, "start"), 0, 0, count)
        let end = clamp(try bound(stop, "stop"), count, 0, count)
        while i < end { out.append(i); i += st }
    } else {
        var i = clamp(try bound(start, "start"), count - 1, -1, count - 1)
        let end = clamp(try bound(stop, "stop"), -1, -1, count - 1)
        while i > end { out.append(i); i += st }
    }
    return out
}
