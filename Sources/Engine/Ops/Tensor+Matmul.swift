import Kernels

extension Tensor {
    /// Matrix product with NumPy semantics: 1-d operands are promoted, batch dimensions broadcast.
    public func matmul(_ other: Tensor) throws -> Tensor {
        guard rank >= 1, other.rank >= 1 else {
            throw TensorError("matmul", "\(formatShape(shape)) @ \(formatShape(other.shape)): both operands need at least one dimension")
        }
        let a = rank == 1 ? try unsqueeze(0) : self
        let b = other.rank == 1 ? try other.unsqueeze(1) : other
        var out = try Tensor.matmulCore(a, b, displayShapes: (shape, other.shape))
        if rank == 1 { out = try out.squeeze(-2) }
        if other.rank == 1 { out = try out.squeeze(-1) }
        return out
    }

    /// Matrix product of operands of rank ≥ 2, recorded as one primitive.
    static func matmulCore(_ a: Tensor, _ b: Tensor, displayShapes: ([Int], [Int])) throws -> Tensor {
        let m = a.shape[a.rank - 2], k = a.shape[a.rank - 1]
        let k2 = b.shape[b.rank - 2], n = b.shape[b.rank - 1]
        guard k == k2 else {
            throw TensorError("matmul", "\(formatShape(displayShapes.0)) @ \(formatShape(displayShapes.1)): inner dimensions \(k) and \(k2) differ")
        }
        let batchA = Array(a.shape.dropLast(2)), batchB = Array(b.shape.dropLast(2))
        let batch: [Int]
        do {
            batch = try Shape.broadcast(batchA, batchB, operation: "matmul")
        } catch {
            throw TensorError("matmul", "\(formatShape(displayShapes.0)) @ \(formatShape(displayShapes.1)): batch dimensions do not broadcast")
        }
        let outShape = batch + [m, n]
        try Shape.validate(outShape, operation: "matmul")
        let out = Tensor(uninitializedShape: outShape)
        let threads = Threading.maxThreads
        if batchB.isEmpty && a.isContiguous {
            // Fold a's batch into rows: one large GEMM instead of many small ones.
            Gemm.sgemm(m: m * Shape.count(batch), n: n, k: k, a: a.basePointer, aRowStride: k, aColStride: 1,
                       b: b.basePointer, bRowStride: b.strides[b.rank - 2], bColStride: b.strides[b.rank - 1],
                       c: out.basePointer, cRowStride: n, accumulate: false, threads: threads)
        } else {
            let sa = BroadcastLoop.broadcastStrides(of: a.batchView(), to: batch)
            let sb = BroadcastLoop.broadcastStrides(of: b.batchView(), to: batch)
            var offsets: [(a: Int, b: Int)] = []
            offsets.reserveCapacity(Shape.count(batch))
            out.forEachIndex(of: batch) { position in
                var oa = a.offset, ob = b.offset
                for d in 0..<batch.count { oa += position[d] * sa[d]; ob += position[d] * sb[d] }
                offsets.append((oa, ob))
            }
            // Products too small to split (attention's per-head matrices) run whole, one per worker.
            let splitEach = Gemm.prefersThreads(m: m, n: n, k: k)
            let (aRow, aCol) = (a.strides[a.rank - 2], a.strides[a.rank - 1])
            let (bRow, bCol) = (b.strides[b.rank - 2], b.strides[b.rank - 1])
            let (pa, pb, pc) = (a.storage.pointer, b.storage.pointer, out.basePointer)
            Threading.parallelFor(offsets.count, threads: splitEach ? 1 : threads) { i in
                Gemm.sgemm(m: m, n: n, k: k, a: pa + offsets[i].a, aRowStride: aRow, aColStride: aCol,
                           b: pb + offsets[i].b, bRowStride: bRow, bColStride: bCol,
                           c: pc + i * m * n, cRowStride: n, accumulate: false, threads: splitEach ? threads : 1)
            }
        }
        Autograd.record(.matmul, a, b, output: out, saved: [a, b])
        return out
    }

    /// A view of only the batch dimensions (for computing broadcast batch strides).
    private func batchView() -> Tensor {
        Tensor(storage: storage, shape: Array(shape.dropLast(2)), strides: Array(strides.dropLast(2)), offset: offset)
    }
}
