/// Finite-difference gradient checking: central differences accumulated in Double against autograd.
public enum GradCheck {
    /// The outcome for one input tensor.
    public struct InputReport: Sendable, Equatable {
        /// Position of the input in the argument list.
        public var index: Int
        /// Largest |autograd − finite difference| over the input's elements.
        public var maxAbsError: Double
        /// Largest |autograd − finite difference| / max(|finite difference|, 1e-3).
        public var maxRelError: Double
        /// Whether every element was within `atol + rtol·|finite difference|`.
        public var passed: Bool
    }

    /// Compares autograd and central finite differences of `f` at `inputs`.
    ///
    /// A non-scalar output is projected on fixed pseudo-random weights, so every output element
    /// is checked; inputs are copied, so the caller's tensors and gradients are left alone.
    public static func check(_ f: ([Tensor]) throws -> Tensor, inputs: [Tensor], eps: Double = 1e-3,
                             atol: Double = 1e-3, rtol: Double = 1e-2) throws -> [InputReport] {
        let leaves = inputs.map { t -> Tensor in
            let c = Autograd.noGrad { t.copy() }
            c.requiresGrad = true
            return c
        }
        let output = try f(leaves)
        var projector = RandomGenerator(seed: 0x5EED)
        let weights = (0..<output.count).map { _ in Float(0.5 + projector.nextUniform()) }
        let w = try Tensor(shape: output.shape, values: weights)
        let projected = try output.apply(.mul, w).sum()
        try projected.backward()

        func evaluate() throws -> Double {
            try Autograd.noGrad {
                let y = try f(leaves).contiguousData()
                var s = 0.0
                for i in 0..<y.count { s += Double(y.basePointer[i]) * Double(weights[i]) }
                return s
            }
        }

        var reports: [InputReport] = []
        for (k, leaf) in leaves.enumerated() {
            let analytic = leaf.grad?.scalars ?? [Float](repeating: 0, count: leaf.count)
            var maxAbs = 0.0, maxRel = 0.0, passed = true
            for i in 0..<leaf.count {
                let p = leaf.basePointer + i
                let original = p.pointee
                p.pointee = Float(Double(original) + eps)
                let plus = try evaluate()
                p.pointee = Float(Double(original) - eps)
                let minus = try evaluate()
                p.pointee = original
                let numeric = (plus - minus) / (2 * eps)
                let err = Swift.abs(Double(analytic[i]) - numeric)
                maxAbs = Swift.max(maxAbs, err)
                maxRel = Swift.max(maxRel, err / Swift.max(Swift.abs(numeric), 1e-3))
                if !(err <= atol + rtol * Swift.abs(numeric)) { passed = false }
            }
            reports.append(InputReport(index: k, maxAbsError: maxAbs, maxRelError: maxRel, passed: passed))
        }
        return reports
    }
}
