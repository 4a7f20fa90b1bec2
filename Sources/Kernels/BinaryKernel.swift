/// Element-wise functions of two operands; comparisons produce 1.0 or 0.0.
public enum BinaryKernel: Int, CaseIterable, Sendable {
    /// a + b
    case add
    /// a − b
    case sub
    /// a · b
    case mul
    /// a / b
    case div
    /// aᵇ with C powf special cases
    case pow
    /// max(a, b), NaN if either is NaN
    case maximum
    /// min(a, b), NaN if either is NaN
    case minimum
    /// a == b
    case equal
    /// a != b (true when either is NaN)
    case notEqual
    /// a < b
    case less
    /// a <= b
    case lessEqual
    /// a > b
    case greater
    /// a >= b
    case greaterEqual
}
