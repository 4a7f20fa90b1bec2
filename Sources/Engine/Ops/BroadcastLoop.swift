/// Walks two broadcast operands and an output in runs along the innermost (coalesced) dimension,
/// so kernels see long contiguous or scalar-broadcast runs instead of single elements.
enum BroadcastLoop {
    /// Strides of `shape`-shaped tensor `t` broadcast to `outShape` (0 along broadcast dimensions).
    static func broadcastStrides(of t: Tensor, to outShape: [Int]) -> [Int] {
        let pad = outShape.count - t.rank
        var s = [Int](repeating: 0, count: outShape.count)
        for i in 0..<t.rank where t.shape[i] != 1 {
            s[i + pad] = t.strides[i]
        }
        return s
    }

    /// Merges adjacent dimensions wherever every operand's strides allow, returning the reduced problem.
    static func coalesce(shape: [Int], strides: [[Int]]) -> (shape: [Int], strides: [[Int]]) {
        guard shape.count > 1 else { return (shape, strides) }
        var outShape = [shape[0]]
        var outStrides = strides.map { [$0[0]] }
        for d in 1..<shape.count {
            let last = outShape.count - 1
            var mergeable = true
            for k in 0..<strides.count where outStrides[k][last] != strides[k][d] * shape[d] {
                mergeable = false
                break
            }
            if shape[d] == 1 { continue }
            if outShape[last] == 1 {
                outShape[last] = shape[d]
                for k in 0..<strides.count { outStrides[k][last] = strides[k][d] }
            } else if mergeable {
                outShape[last] *= shape[d]
                for k in 0..<strides.count { outStrides[k][last] = strides[k][d] }
            } else {
                outShape.append(shape[d])
                for k in 0..<strides.count { outStrides[k].append(strides[k][d]) }
            }
        }
        return (outShape, outStrides)
    }

    /// Calls `body(offsets, runLength, innerStrides)` for every innermost run of the iteration space.
    /// `offsets[k]` is the element offset of operand k at the start of the run.
    static func forEachRun(shape: [Int], strides: [[Int]], baseOffsets: [Int],
                           _ body: (_ offsets: [Int], _ n: Int, _ inner: [Int]) -> Void) {
        let (cshape, cstrides) = coalesce(shape: shape, strides: strides)
        let operands = strides.count
        guard Shape.count(cshape) > 0 else { return }
        guard let n = cshape.last else {
            body(baseOffsets, 1, [Int](repeating: 0, count: operands))
            return
        }
        let inner = cstrides.map { $0[cshape.count - 1] }
        let outerRank = cshape.count - 1
        var index = [Int](repeating: 0, count: outerRank)
        var offsets = baseOffsets
        let outerCount = Shape.count(Array(cshape.prefix(outerRank)))
        for _ in 0..<outerCount {
            body(offsets, n, inner)
            var d = outerRank - 1
            while d >= 0 {
                index[d] += 1
                for k in 0..<operands { offsets[k] += cstrides[k][d] }
                if index[d] < cshape[d] { break }
                for k in 0..<operands { offsets[k] -= cstrides[k][d] * cshape[d] }
                index[d] = 0
                d -= 1
            }
        }
    }
}
