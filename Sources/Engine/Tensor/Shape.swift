/// Shape arithmetic shared by every operation: element counts, strides, broadcasting and axes.
public enum Shape {
    /// Number of elements of a tensor of this shape (1 for a 0-d tensor).
    @inlinable
    public static func count(_ shape: [Int]) -> Int {
        var n = 1
        for d in shape { n &*= d }
        return n
    }

    /// Row-major strides of a contiguous tensor of this shape.
    @inlinable
    public static func contiguousStrides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var acc = 1
        var i = shape.count - 1
        while i >= 0 {
            strides[i] = acc
            acc &*= Swift.max(shape[i], 1)
            i -= 1
        }
        return strides
    }

    /// The NumPy broadcast of two shapes, or an error naming the operation and both shapes.
    public static func broadcast(_ a: [Int], _ b: [Int], operation: @autoclosure () -> String) throws -> [Int] {
        if a == b { return a }
        let rank = Swift.max(a.count, b.count)
        var out = [Int](repeating: 1, count: rank)
        for i in 0..<rank {
            let da = i < rank - a.count ? 1 : a[i - (rank - a.count)]
            let db = i < rank - b.count ? 1 : b[i - (rank - b.count)]
            if da == db || db == 1 {
                out[i] = da
            } else if da == 1 {
                out[i] = db
            } else {
                throw TensorError(operation(), "shapes \(formatShape(a)) and \(formatShape(b)) do not broadcast (dimension \(i): \(da) vs \(db))")
            }
        }
        return out
    }

    /// Turns a possibly negative axis into an index in `0..<rank`, or throws naming the operation.
    public static func normalizeAxis(_ axis: Int, rank: Int, operation: @autoclosure () -> String) throws -> Int {
        let a = axis < 0 ? axis + rank : axis
        guard a >= 0 && a < Swift.max(rank, 1) else {
            throw TensorError(operation(), "axis \(axis) is out of range for a tensor of rank \(rank)")
        }
        return a
    }

    /// Normalises, sorts and de-duplicates a list of axes; nil or empty means every axis.
    public static func normalizeAxes(_ axes: [Int]?, rank: Int, operation: @autoclosure () -> String) throws -> [Int] {
        guard let axes, !axes.isEmpty else { return Array(0..<rank) }
        var seen = Set<Int>()
        for axis in axes {
            let a = try normalizeAxis(axis, rank: rank, operation: operation())
            if !seen.insert(a).inserted {
                throw TensorError(operation(), "axis \(axis) is listed twice")
            }
        }
        return seen.sorted()
    }

    /// Validates a user-supplied shape (non-negative dimensions, no overflow).
    public static func validate(_ shape: [Int], operation: String) throws {
        var n = 1
        for d in shape {
            guard d >= 0 else { throw TensorError(operation, "negative dimension \(d) in shape \(formatShape(shape))") }
            let (m, overflow) = n.multipliedReportingOverflow(by: d)
            guard !overflow, m <= maxElements else {
                throw TensorError(operation, "shape \(formatShape(shape)) has too many elements (limit \(maxElements))")
            }
            n = m
        }
    }

    /// The largest tensor Alinea will allocate (4 GiB of Float32), so a typo reports instead of aborting.
    public static let maxElements = 1 << 30
}
