extension RandomGenerator {
    /// The full state as text: four 64-bit words in hexadecimal, comma-separated (lossless).
    public var stateString: String {
        [state.0, state.1, state.2, state.3].map { String($0, radix: 16) }.joined(separator: ",")
    }

    /// A generator continuing exactly where the one that produced `stateString` stopped.
    public init(stateString: String) throws {
        let words = stateString.split(separator: ",").map { UInt64($0, radix: 16) }
        guard words.count == 4, let a = words[0], let b = words[1], let c = words[2], let d = words[3] else {
            throw TensorError("random_state", "expected four comma-separated hexadecimal words, got \"\(stateString)\"")
        }
        guard a | b | c | d != 0 else { throw TensorError("random_state", "an all-zero state is invalid for xoshiro256**") }
        self.init(seed: 0)
        state = (a, b, c, d)
    }
}
