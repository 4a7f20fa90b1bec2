extension Elementwise {
    /// z[i] = a[i] op b[i] (all contiguous, same count)
    public static func binary(_ op: BinaryKernel, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
                              _ z: UnsafeMutablePointer<Float>, count: Int) {
        guard count > 0 else { return }
        split(count) { offset, n in binarySerial(op, a + offset, b + offset, z + offset, count: n) }
    }

    /// z[r, j] = a[r, j] op row[j] for `rows` rows of `width` (a bias added to every row), split
    /// across threads by rows, since each row alone is too short to split.
    public static func binaryRows(_ op: BinaryKernel, _ a: UnsafePointer<Float>, row: UnsafePointer<Float>,
                                  _ z: UnsafeMutablePointer<Float>, rows: Int, width: Int) {
        guard rows > 0, width > 0 else { return }
        RowKernels.forRowBlocks(rows: rows, n: width) { first, count in
            for r in first..<(first + count) {
                binarySerial(op, a + r * width, row, z + r * width, count: width)
            }
        }
    }

    /// z[i] = a[i] op s   and   z[i] = s op b[i]   (scalar broadcast on one side)
    public static func binary(_ op: BinaryKernel, _ a: UnsafePointer<Float>, scalar s: Float,
                              _ z: UnsafeMutablePointer<Float>, count: Int) {
        guard count > 0 else { return }
        split(count) { offset, n in
            binaryScalarSerial(op, a + offset, s, scalarOnLeft: false, z + offset, count: n)
        }
    }

    /// z[i] = s op b[i] (scalar broadcast on the left).
    public static func binary(_ op: BinaryKernel, scalar s: Float, _ b: UnsafePointer<Float>,
                              _ z: UnsafeMutablePointer<Float>, count: Int) {
        guard count > 0 else { return }
        split(count) { offset, n in
            binaryScalarSerial(op, b + offset, s, scalarOnLeft: true, z + offset, count: n)
        }
    }

    /// z[i] = cond[i] != 0 ? a[i] : b[i]
    public static func select(_ cond: UnsafePointer<Float>, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
                              _ z: UnsafeMutablePointer<Float>, count: Int) {
        guard count > 0 else { return }
        split(count) { offset, n in selectSerial(cond + offset, a + offset, b + offset, z + offset, count: n) }
    }

    /// y[i] += a * x[i]  (axpy, used for gradient accumulation and optimizers)
    public static func axpy(_ a: Float, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, count: Int) {
        guard count > 0 else { return }
        let f = BinaryLanes.Axpy(alpha: Vector(repeating: a))
        split(count) { offset, n in zip(f, x + offset, y + offset, y + offset, count: n) }
    }

    private static func selectSerial(_ cond: UnsafePointer<Float>, _ a: UnsafePointer<Float>,
                                     _ b: UnsafePointer<Float>, _ z: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        while i + 8 <= count {
            let v = (b + i).loadVector().replacing(with: (a + i).loadVector(), where: (cond + i).loadVector() .!= 0)
            (z + i).storeVector(v)
            i += 8
        }
        if i < count {
            let n = count - i
            let v = loadPartial(b + i, n).replacing(with: loadPartial(a + i, n), where: loadPartial(cond + i, n) .!= 0)
            storePartial(v, z + i, n)
        }
    }

    private static func binarySerial(_ op: BinaryKernel, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
                                     _ z: UnsafeMutablePointer<Float>, count: Int) {
        switch op {
        case .add: zip(BinaryLanes.Add(), a, b, z, count: count)
        case .sub: zip(BinaryLanes.Sub(), a, b, z, count: count)
        case .mul: zip(BinaryLanes.Mul(), a, b, z, count: count)
        case .div: zip(BinaryLanes.Div(), a, b, z, count: count)
        case .pow: zip(BinaryLanes.Pow(), a, b, z, count: count)
        case .maximum: zip(BinaryLanes.Maximum(), a, b, z, count: count)
        case .minimum: zip(BinaryLanes.Minimum(), a, b, z, count: count)
        case .equal: zip(BinaryLanes.Equal(), a, b, z, count: count)
        case .notEqual: zip(BinaryLanes.NotEqual(), a, b, z, count: count)
        case .less: zip(BinaryLanes.Less(), a, b, z, count: count)
        case .lessEqual: zip(BinaryLanes.LessEqual(), a, b, z, count: count)
        case .greater: zip(BinaryLanes.Greater(), a, b, z, count: count)
        case .greaterEqual: zip(BinaryLanes.GreaterEqual(), a, b, z, count: count)
        }
    }

    private static func binaryScalarSerial(_ op: BinaryKernel, _ x: UnsafePointer<Float>, _ s: Float,
                                           scalarOnLeft left: Bool, _ z: UnsafeMutablePointer<Float>, count: Int) {
        switch op {
        case .add: zipScalar(BinaryLanes.Add(), x, s, scalarOnLeft: left, z, count: count)
        case .sub: zipScalar(BinaryLanes.Sub(), x, s, scalarOnLeft: left, z, count: count)
        case .mul: zipScalar(BinaryLanes.Mul(), x, s, scalarOnLeft: left, z, count: count)
        case .div: zipScalar(BinaryLanes.Div(), x, s, scalarOnLeft: left, z, count: count)
        case .pow:
            if left {
                zipScalar(BinaryLanes.Pow(), x, s, scalarOnLeft: true, z, count: count)
            } else {
                powSerial(x, s, z, count: count)
            }
        case .maximum: zipScalar(BinaryLanes.Maximum(), x, s, scalarOnLeft: left, z, count: count)
        case .minimum: zipScalar(BinaryLanes.Minimum(), x, s, scalarOnLeft: left, z, count: count)
        case .equal: zipScalar(BinaryLanes.Equal(), x, s, scalarOnLeft: left, z, count: count)
        case .notEqual: zipScalar(BinaryLanes.NotEqual(), x, s, scalarOnLeft: left, z, count: count)
        case .less: zipScalar(BinaryLanes.Less(), x, s, scalarOnLeft: left, z, count: count)
        case .lessEqual: zipScalar(BinaryLanes.LessEqual(), x, s, scalarOnLeft: left, z, count: count)
        case .greater: zipScalar(BinaryLanes.Greater(), x, s, scalarOnLeft: left, z, count: count)
        case .greaterEqual: zipScalar(BinaryLanes.GreaterEqual(), x, s, scalarOnLeft: left, z, count: count)
        }
    }
}
