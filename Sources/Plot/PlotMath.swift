#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif

/// The few libm functions the plot code needs, behind one import so the rest of the
/// target stays free of platform conditionals and of Foundation.
enum PlotMath {
    /// Base-10 logarithm.
    static func log10(_ x: Double) -> Double {
        libmLog10(x)
    }

    /// 10 raised to an integer power by repeated multiplication, so the result does not
    /// depend on the platform's `pow` (exact for |e| ≤ 22).
    static func pow10(_ e: Int) -> Double {
        var r = 1.0
        if e >= 0 { for _ in 0..<e { r *= 10 } } else { for _ in 0..<(-e) { r /= 10 } }
        return r
    }

    /// 10 raised to a real power, for mapping log-axis positions back to values.
    static func pow10(_ e: Double) -> Double {
        libmPow(10, e)
    }

    /// The decimal exponent of |x| (x ≠ 0, finite): `floor(log10(|x|))`, corrected for
    /// libm rounding at exact powers of ten so 1000 gives 3 on every platform.
    static func decimalExponent(_ x: Double) -> Int {
        let a = Swift.abs(x)
        var e = Int(log10(a).rounded(.down))
        if pow10(e) > a { e -= 1 }
        if pow10(e + 1) <= a { e += 1 }
        return e
    }
}

private func libmLog10(_ x: Double) -> Double { log10(x) }
private func libmPow(_ a: Double, _ b: Double) -> Double { pow(a, b) }
