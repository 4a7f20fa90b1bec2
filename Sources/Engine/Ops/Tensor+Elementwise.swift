import Kernels

extension Tensor {
    /// A contiguous tensor with this tensor's values, never recorded (for reading inputs in kernels).
    func contiguousData() -> Tensor {
        if isContiguous { return self }
        return TemporaryTensors.hold(Autograd.noGrad { contiguous() })
    }

    /// Applies an elementwise kernel, recording the op for backward.
    public func apply(_ kernel: UnaryKernel) -> Tensor {
        let x = contiguousData()
        let out = Tensor(uninitializedShape: shape)
        Elementwise.unary(kernel, x.basePointer, out.basePointer, count: count)
        Autograd.record(.unary(kernel), self, output: out, saved: Tensor.savedForUnary(kernel, input: self, output: out))
        return out
    }

    /// The tensors the derivative rule of `kernel` reads: the output where it suffices, else the input.
    static func savedForUnary(_ kernel: UnaryKernel, input: Tensor, output: Tensor) -> [Tensor] {
        switch kernel {
        case .neg, .sign, .step: return []
        case .exp, .sqrt, .tanh, .sigmoid, .reciprocal: return [output.detach()]
        case .gelu: return [input, output.detach()]
        default: return [input]
        }
    }

    /// x ** p for a scalar exponent.
    public func pow(_ p: Float) -> Tensor {
        let x = contiguousData()
        let out = Tensor(uninitializedShape: shape)
        Elementwise.powScalar(x.basePointer, p, out.basePointer, count: count)
        Autograd.record(.powScalar(p), self, output: out, saved: [self])
        return out
    }

    /// Limits every element to [lo, hi]; pass -infinity or +infinity for a one-sided clamp.
    public func clamp(min lo: Float = -.infinity, max hi: Float = .infinity) -> Tensor {
        let x = contiguousData()
        let out = Tensor(uninitializedShape: shape)
        Elementwise.clamp(x.basePointer, lo: lo, hi: hi, out.basePointer, count: count)
        Autograd.record(.clamp(lo: lo, hi: hi), self, output: out, saved: [self])
        return out
    }

    /// An elementwise binary op with NumPy broadcasting, recorded for backward.
    public func apply(_ kernel: BinaryKernel, _ other: Tensor) throws -> Tensor {
        let out = try Tensor.binaryForward(kernel, self, other)
        Autograd.record(.binary(kernel), self, other, output: out, saved: Tensor.savedForBinary(kernel, self, other, out))
        return out
    }

    /// The tensors the derivative rule of a binary `kernel` reads.
    static func savedForBinary(_ kernel: BinaryKernel, _ a: Tensor, _ b: Tensor, _ out: Tensor) -> [Tensor] {
        switch kernel {
        case .add, .sub: return []
        case .pow: return [a, b, out.detach()]
        default: return [a, b]
        }
    }

    /// An elementwise binary op with a scalar on the right (`x * 2`), recorded for backward.
    public func apply(_ kernel: BinaryKernel, scalar: Float) -> Tensor {
        // A 0-d constant keeps one code path (and one derivative rule) for tensor ∘ scalar.
        (try? apply(kernel, Tensor(scalar: scalar))) ?? self
    }

    /// Whether `row` broadcasts against `shape` as one row repeated: its last dimensions equal
    /// those of `shape` and everything before them is 1 (a bias [n] or [1, n] against [..., n]).
    static func isTrailingRow(_ row: [Int], of shape: [Int]) -> Bool {
        let core = row.drop { $0 == 1 }
        return core.count <= shape.count && shape.suffix(core.count).elementsEqual(core)
    }

    /// Forward computation of a broadcast binary op without recording.
    static func binaryForward(_ kernel: BinaryKernel, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        let outShape = try Shape.broadcast(a.shape, b.shape, operation: "\(kernel)")
        // Sharing a's strides array when the layout matches saves an allocation on the hot path.
        let out = a.shape == outShape && a.isContiguous
            ? Tensor(storage: TensorStorage.allocate(count: a.count), shape: outShape, strides: a.strides)
            : Tensor(uninitializedShape: outShape)
        let n = out.count
        if n == 0 { return out }
        let z = out.basePointer
        if a.shape == b.shape && a.isContiguous && b.isContiguous {
            Elementwise.binary(kernel, a.basePointer, b.basePointer, z, count: n)
        } else if b.count == 1 && a.shape == outShape && a.isContiguous {
            Elementwise.binary(kernel, a.basePointer, scalar: b.basePointer.pointee, z, count: n)
        } else if a.count == 1 && b.shape == outShape && b.isContiguous {
            Elementwise.binary(kernel, scalar: a.basePointer.pointee, b.basePointer, z, count: n)
        } else if a.shape == outShape && a.isContiguous && b.isContiguous && b.count > 1
                    && Tensor.isTrailingRow(b.shape, of: outShape) {
            Elementwise.binaryRows(kernel, a.basePointer, row: b.basePointer, z, rows: n / b.count, width: b.count)
        } else {
            let ca = a.isContiguous ? a : a.contiguousData()
            let cb = b.isContiguous ? b : b.contiguousData()
            let sa = BroadcastLoop.broadcastStrides(of: ca, to: outShape)
            let sb = BroadcastLoop.broadcastStrides(of: cb, to: outShape)
            let so = Shape.contiguousStrides(outShape)
            let pa = ca.storage.pointer, pb = cb.storage.pointer, po = out.storage.pointer
            BroadcastLoop.forEachRun(shape: outShape, strides: [sa, sb, so], baseOffsets: [ca.offset, cb.offset, 0]) { off, len, inner in
                if inner[0] == 1 && inner[1] == 1 {
                    Elementwise.binary(kernel, pa + off[0], pb + off[1], po + off[2], count: len)
                } else if inner[0] == 1 && inner[1] == 0 {
                    Elementwise.binary(kernel, pa + off[0], scalar: pb[off[1]], po + off[2], count: len)
                } else if inner[0] == 0 && inner[1] == 1 {
                    Elementwise.binary(kernel, scalar: pa[off[0]], pb + off[1], po + off[2], count: len)
                } else {
                    for i in 0..<len {
                        po[off[2] + i] = Elementwise.binaryReference(kernel, pa[off[0] + i * inner[0]], pb[off[1] + i * inner[1]])
                    }
                }
            }
        }
        return out
    }

    /// Elementwise choice: `mask != 0 ? a : b`, all three broadcast together (`where` in NumPy).
    public static func select(_ mask: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        let s1 = try Shape.broadcast(mask.shape, a.shape, operation: "where")
        let outShape = try Shape.broadcast(s1, b.shape, operation: "where")
        let m = try mask.expandData(to: outShape), x = try a.expandData(to: outShape), y = try b.expandData(to: outShape)
        let out = Tensor(uninitializedShape: outShape)
        Elementwise.select(m.basePointer, x.basePointer, y.basePointer, out.basePointer, count: out.count)
        Autograd.record(.select, mask, a, b, output: out, saved: [mask])
        return out
    }

    /// A contiguous, unrecorded copy of this tensor broadcast to `shape`.
    func expandData(to shape: [Int]) throws -> Tensor {
        if self.shape == shape { return contiguousData() }
        return TemporaryTensors.hold(try Autograd.noGrad { try expand(shape).contiguous() })
    }
}
