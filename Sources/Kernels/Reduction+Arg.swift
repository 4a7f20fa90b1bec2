extension Reduction {
    /// index of the first maximum (NaN counts as maximum) of a strided run
    public static func argmax(_ x: UnsafePointer<Float>, count: Int, stride: Int) -> Int {
        argExtreme(x, count: count, stride: stride, op: .max)
    }

    /// index of the first minimum (NaN counts as minimum) of a strided run; 0 when count is 0.
    public static func argmin(_ x: UnsafePointer<Float>, count: Int, stride: Int) -> Int {
        argExtreme(x, count: count, stride: stride, op: .min)
    }

    private static func argExtreme(_ x: UnsafePointer<Float>, count: Int, stride: Int, op: ReduceKernel) -> Int {
        guard count > 1 else { return 0 }
        // The vectorised reduction finds the value (NaN if any); a second pass finds its first position.
        let target = reduce(op, x, count: count, stride: stride)
        if target.isNaN {
            for i in 0..<count where x[i * stride].isNaN { return i }
        } else {
            for i in 0..<count where x[i * stride] == target { return i }
        }
        return 0
    }
}
