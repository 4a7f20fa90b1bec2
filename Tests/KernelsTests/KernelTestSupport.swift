import XCTest

/// Deterministic xorshift generator so failures reproduce.
struct TestRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed | 1 }

    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }

    /// Uniform in [lo, hi).
    mutating func uniform(_ lo: Float, _ hi: Float) -> Float {
        lo + (hi - lo) * Float(next() >> 40) / Float(1 << 24)
    }

    /// `count` uniform values in [lo, hi).
    mutating func array(_ count: Int, _ lo: Float = -1, _ hi: Float = 1) -> [Float] {
        (0..<count).map { _ in uniform(lo, hi) }
    }

    /// Any finite or special float bit pattern, for edge sweeps.
    mutating func anyFloat() -> Float {
        Float(bitPattern: UInt32(truncatingIfNeeded: next()))
    }
}

/// Distance in units in the last place; equal NaNs and equal infinities count as 0, NaN vs number as .max.
func ulpDistance(_ x: Float, _ y: Float) -> Int {
    if x.isNaN || y.isNaN { return x.isNaN && y.isNaN ? 0 : Int.max }
    if x == y { return 0 }
    func ordered(_ f: Float) -> Int {
        let bits = Int(f.bitPattern & 0x7FFF_FFFF)
        return f.sign == .minus ? -bits : bits
    }
    return abs(ordered(x) - ordered(y))
}

/// The odd lengths every elementwise kernel is checked at (tails, one vector, several vectors).
let oddSizes = [0, 1, 7, 8, 9, 17, 31, 1000, 1023]

/// Stand-in address for empty buffers: kernels never dereference it when count is 0 (never written, so unsafe sharing is fine).
nonisolated(unsafe) private let emptyStorage = UnsafeMutablePointer<Float>.allocate(capacity: 1)

extension UnsafeBufferPointer where Element == Float {
    /// The base address, or a valid dummy for an empty buffer (avoids force unwraps in tests).
    var base: UnsafePointer<Float> { baseAddress ?? UnsafePointer(emptyStorage) }
}

extension UnsafeMutableBufferPointer where Element == Float {
    /// The base address, or a valid dummy for an empty buffer.
    var base: UnsafeMutablePointer<Float> { baseAddress ?? emptyStorage }
}

/// About 1e-40: a denormal (a literal would warn about underflow).
let denormal = Float(bitPattern: 0x0001_16C2)
