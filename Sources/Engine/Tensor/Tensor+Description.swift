import Foundation

/// A readable summary: shape and dtype first, values (summarised when large), and a grad marker.
extension Tensor: CustomStringConvertible {
    /// `Tensor[2, 3] f32 grad` followed by the values, eliding the middle of long axes.
    public var description: String {
        var header = "Tensor" + formatShape(shape) + " f32"
        if requiresGrad { header += " grad" }
        if let name { header += " '\(name)'" }
        return header + "\n" + formatValues(edgeItems: count > 1000 ? 3 : 1000)
    }

    /// The values as nested brackets, showing `edgeItems` at each end of long axes.
    public func formatValues(edgeItems: Int = 3) -> String {
        let c = contiguousData()
        if rank == 0 { return Tensor.formatNumber(c.basePointer.pointee) }
        func render(_ depth: Int, _ base: Int) -> String {
            let n = shape[depth]
            let stride = c.strides[depth]
            let indices: [Int?] = n > 2 * edgeItems ? Array(0..<edgeItems) + [nil] + Array((n - edgeItems)..<n) : Array(0..<n)
            if depth == rank - 1 {
                let items = indices.map { $0.map { Tensor.formatNumber(c.basePointer[base + $0 * stride]) } ?? "…" }
                return "[" + items.joined(separator: ", ") + "]"
            }
            let pad = String(repeating: " ", count: depth + 1)
            let items = indices.map { $0.map { render(depth + 1, base + $0 * stride) } ?? "…" }
            return "[" + items.joined(separator: ",\n" + pad) + "]"
        }
        return render(0, 0)
    }

    /// A Float in shortest form with at most 6 significant digits (`0.1`, `3`, `1e-08`).
    static func formatNumber(_ v: Float) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v < 0 ? "-inf" : "inf" }
        if v == v.rounded() && Swift.abs(v) < 1e7 { return String(Int(v)) }
        let short = "\(v)"
        if short.count <= 9 { return short }
        return String(format: "%.6g", Double(v))
    }
}

