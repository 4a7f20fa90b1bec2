extension Reduction {
    /// Reduce a strided run with Double accumulation; the reference the tests compare against.
    public static func reduceReference(_ op: ReduceKernel, _ x: UnsafePointer<Float>, count: Int, stride: Int) -> Float {
        guard count > 0 else { return identity(op) }
        switch op {
        case .sum:
            var s = 0.0
            for i in 0..<count { s += Double(x[i * stride]) }
            return Float(s)
        case .max:
            var m = x[0]
            for i in 0..<count {
                let v = x[i * stride]
                if v.isNaN { return v }
                m = Swift.max(m, v)
            }
            return m
        case .min:
            var m = x[0]
            for i in 0..<count {
                let v = x[i * stride]
                if v.isNaN { return v }
                m = Swift.min(m, v)
            }
            return m
        }
    }
}
