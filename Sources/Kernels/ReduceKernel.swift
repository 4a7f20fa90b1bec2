/// Reductions over a run of values.
public enum ReduceKernel: Int, CaseIterable, Sendable {
    /// Σx (0 when empty)
    case sum
    /// largest value, NaN if any is NaN (−inf when empty)
    case max
    /// smallest value, NaN if any is NaN (+inf when empty)
    case min
}
