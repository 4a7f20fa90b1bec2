extension Elementwise {
    /// y[i] = op(x[i]) for i in 0..<count: a SIMD8 kernel, whose tail runs the same kernel on a zero-padded vector.
    public static func unary(_ op: UnaryKernel, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>,
                             count: Int) {
        guard count > 0 else { return }
        split(count) { offset, n in unarySerial(op, x + offset, y + offset, count: n) }
    }

    /// y[i] = x[i] ** p (scalar exponent), and y = clamp(x, lo, hi) (either bound may be nil-equivalent: use -inf/+inf)
    public static func powScalar(_ x: UnsafePointer<Float>, _ p: Float, _ y: UnsafeMutablePointer<Float>,
                                 count: Int) {
        guard count > 0 else { return }
        split(count) { offset, n in powSerial(x + offset, p, y + offset, count: n) }
    }

    /// y = clamp(x, lo, hi); NaN stays NaN.
    public static func clamp(_ x: UnsafePointer<Float>, lo: Float, hi: Float, _ y: UnsafeMutablePointer<Float>,
                             count: Int) {
        guard count > 0 else { return }
        let f = UnaryLanes.Clamp(low: Vector(repeating: lo), high: Vector(repeating: hi))
        split(count) { offset, n in map(f, x + offset, y + offset, count: n) }
    }

    /// x[i] ** p on one thread, with exact shortcuts for common p (shared by binary(.pow, a, scalar:)).
    static func powSerial(_ x: UnsafePointer<Float>, _ p: Float, _ y: UnsafeMutablePointer<Float>, count: Int) {
        // Common exponents get exact (correctly rounded) shortcuts that agree with powf.
        switch p {
        case 0: y.update(repeating: 1, count: count)
        case 1: y.update(from: x, count: count)
        case 2: map(UnaryLanes.Square(), x, y, count: count)
        case -1: map(UnaryLanes.Reciprocal(), x, y, count: count)
        case 0.5: map(UnaryLanes.PowHalf(), x, y, count: count)
        default: map(UnaryLanes.PowScalar(exponent: Vector(repeating: p)), x, y, count: count)
        }
    }

    private static func unarySerial(_ op: UnaryKernel, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>,
                                    count: Int) {
        switch op {
        case .neg: map(UnaryLanes.Neg(), x, y, count: count)
        case .exp: map(UnaryLanes.Exp(), x, y, count: count)
        case .log: map(UnaryLanes.Log(), x, y, count: count)
        case .sqrt: map(UnaryLanes.Sqrt(), x, y, count: count)
        case .abs: map(UnaryLanes.Abs(), x, y, count: count)
        case .tanh: map(UnaryLanes.Tanh(), x, y, count: count)
        case .sigmoid: map(UnaryLanes.Sigmoid(), x, y, count: count)
        case .relu: map(UnaryLanes.Relu(), x, y, count: count)
        case .gelu: map(UnaryLanes.Gelu(), x, y, count: count)
        case .geluTanh: map(UnaryLanes.GeluTanh(), x, y, count: count)
        case .softplus: map(UnaryLanes.Softplus(), x, y, count: count)
        case .logsigmoid: map(UnaryLanes.LogSigmoid(), x, y, count: count)
        case .square: map(UnaryLanes.Square(), x, y, count: count)
        case .reciprocal: map(UnaryLanes.Reciprocal(), x, y, count: count)
        case .sign: map(UnaryLanes.Sign(), x, y, count: count)
        case .step: map(UnaryLanes.Step(), x, y, count: count)
        }
    }
}
