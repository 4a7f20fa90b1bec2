/// Deterministic number formatting: the same text for the same `Double` on every machine,
/// built from integer arithmetic rather than locale- or libc-dependent `printf`.
public enum NumberFormatting {
    /// `v` rounded to `decimals` places with trailing zeros trimmed: `fixed(2.50, 2) == "2.5"`.
    public static func fixed(_ v: Double, decimals: Int) -> String {
        guard v.isFinite else { return nonFinite(v) }
        let d = max(0, min(decimals, 15))
        let scaled = (v * PlotMath.pow10(d)).rounded(.toNearestOrAwayFromZero)
        // Beyond 2^53 the integer digits are no longer exact; switch to scientific form.
        guard Swift.abs(scaled) < 9.0e15 else { return scientific(v, significant: 6) }
        let n = Int64(scaled)
        if n == 0 { return "0" }
        var digits = String(n.magnitude)
        if d > 0 {
            if digits.count <= d { digits = String(repeating: "0", count: d - digits.count + 1) + digits }
            let integerPart = digits.prefix(digits.count - d)
            var fraction = digits.suffix(d)
            while fraction.last == "0" { fraction = fraction.dropLast() }
            digits = fraction.isEmpty ? String(integerPart) : integerPart + "." + fraction
        }
        return n < 0 ? "-" + digits : digits
    }

    /// `v` with about `digits` significant digits, switching to scientific form for very large or
    /// very small magnitudes: `0.41234 → "0.412"`, `2.3 → "2.3"`, `1234.5 → "1235"`, `3e-7 → "3e-7"`.
    public static func significant(_ v: Double, digits: Int = 3) -> String {
        guard v.isFinite else { return nonFinite(v) }
        if v == 0 { return "0" }
        let a = Swift.abs(v)
        if a >= 1e6 || a < 1e-4 { return scientific(v, significant: digits) }
        let exponent = PlotMath.decimalExponent(a)
        return fixed(v, decimals: max(0, max(1, digits) - 1 - exponent))
    }

    /// Scientific form with trimmed mantissa: `1.5e-5`, `2e6`.
    public static func scientific(_ v: Double, significant: Int = 3) -> String {
        guard v.isFinite else { return nonFinite(v) }
        if v == 0 { return "0" }
        let places = max(0, significant - 1)
        var exponent = PlotMath.decimalExponent(v)
        var mantissa = v / PlotMath.pow10(exponent)
        // Rounding can carry the mantissa to 10 (9.996 → 10.0); renormalise.
        let limit = 10 - 0.5 / PlotMath.pow10(places)
        if Swift.abs(mantissa) >= limit {
            exponent += 1
            mantissa = v / PlotMath.pow10(exponent)
        }
        return fixed(mantissa, decimals: places) + "e" + String(exponent)
    }

    /// An SVG coordinate: two decimals at most, enough for sub-pixel placement.
    public static func coordinate(_ v: Double) -> String {
        fixed(v, decimals: 2)
    }

    /// `nan`, `inf` or `-inf`.
    static func nonFinite(_ v: Double) -> String {
        v.isNaN ? "nan" : (v < 0 ? "-inf" : "inf")
    }
}
