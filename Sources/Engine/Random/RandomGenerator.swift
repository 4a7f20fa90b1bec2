import Foundation

/// The one seeded random generator behind every random tensor, dropout mask and sample
/// (xoshiro256** seeded through SplitMix64): the same seed gives the same numbers on every machine.
public struct RandomGenerator: Sendable, Equatable {
    /// The four words of generator state; saving and restoring them resumes the exact stream.
    public var state: (UInt64, UInt64, UInt64, UInt64)

    /// A generator seeded with `seed`.
    public init(seed: UInt64) {
        var s = seed
        func splitMix() -> UInt64 {
            s &+= 0x9E37_79B9_7F4A_7C15
            var z = s
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (splitMix(), splitMix(), splitMix(), splitMix())
    }

    /// Equality of the full state.
    public static func == (a: RandomGenerator, b: RandomGenerator) -> Bool {
        a.state == b.state
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotl(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotl(state.3, 45)
        return result
    }

    private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform Double in [0, 1) with 53 random bits.
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A standard normal Double (Box–Muller; one draw per call keeps the stream simple to reason about).
    public mutating func nextNormal() -> Double {
        let u1 = 1 - nextUniform()
        let u2 = nextUniform()
        return (-2 * Foundation.log(u1)).squareRoot() * Foundation.cos(2 * Double.pi * u2)
    }

    /// A uniform integer in `0..<bound` (bound > 0), without modulo bias.
    public mutating func nextInt(below bound: UInt64) -> UInt64 {
        guard bound > 1 else { return 0 }
        let threshold = (0 &- bound) % bound
        while true {
            let r = next()
            if r >= threshold { return r % bound }
        }
    }

    /// The process-wide generator `seed(n)` resets.
    nonisolated(unsafe) public static var shared = RandomGenerator(seed: 0)

    /// Reseeds the process-wide generator.
    public static func seed(_ seed: UInt64) { shared = RandomGenerator(seed: seed) }
}
