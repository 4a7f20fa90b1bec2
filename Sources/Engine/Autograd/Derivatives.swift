import Kernels

/// The one table of derivative rules: for each primitive, the gradients of its inputs given the
/// gradient `g` of its output. Rules run with recording off and are written with tensor ops.
enum Derivatives {
    /// Gradients for each input of `node` (nil where an input gets none).
    static func inputGradients(_ node: GradNode, _ g: Tensor) throws -> [Tensor?] {
        let inputShapes = node.inputs.map(\.shape)
        // Gradients for constants (masks, detached maxima, fill values) would be computed and
        // thrown away; the rules below skip them.
        let needs = node.inputs.map(\.needsGrad)
        switch node.op {
        case .unary(let k):
            return [try unary(k, node, g)]
        case .powScalar(let p):
            let x = try node.savedTensor(0)
            return [try g.apply(.mul, x.pow(p - 1).apply(.mul, scalar: p))]
        case .clamp(let lo, let hi):
            let x = try node.savedTensor(0)
            let inside = try x.apply(.greaterEqual, scalar: lo).apply(.mul, x.apply(.lessEqual, scalar: hi))
            return [try g.apply(.mul, inside)]
        case .binary(let k):
            let (ga, gb) = try binary(k, node, g, needs)
            return [needs[0] ? try ga?.sumToShape(inputShapes[0]) : nil, needs[1] ? try gb?.sumToShape(inputShapes[1]) : nil]
        case .select:
            let mask = try node.savedTensor(0)
            let zero = Tensor(scalar: 0)
            return [nil, needs[1] ? try Tensor.select(mask, g, zero).sumToShape(inputShapes[1]) : nil,
                    needs[2] ? try Tensor.select(mask, zero, g).sumToShape(inputShapes[2]) : nil]
        case .reduce(let k, let axes, let keepDims):
            let shape = inputShapes[0]
            let kept = keepDims ? g : try g.reshape(Tensor.reducedShape(shape, axes: axes, keepDims: true))
            if k == .sum { return [try kept.expand(shape).contiguous()] }
            let x = try node.savedTensor(0), y = try node.savedTensor(1)
            let yk = keepDims ? y : try y.reshape(kept.shape)
            let hits = try x.apply(.equal, yk)
            let ties = try hits.sum(axes: axes, keepDims: true)
            return [try hits.apply(.mul, kept.apply(.div, ties))]
        case .reshape, .contiguous:
            return [try g.reshape(inputShapes[0])]
        case .permute(let order):
            var inverse = [Int](repeating: 0, count: order.count)
            for (i, o) in order.enumerated() { inverse[o] = i }
            return [try g.permute(inverse)]
        case .expand:
            return [try g.sumToShape(inputShapes[0])]
        case .slice(let starts, let steps):
            return [try sliceAdjoint(g, inputShape: inputShapes[0], starts: starts, steps: steps)]
        case .concat(let axis):
            return try g.split(inputShapes.map { $0[axis] }, axis: axis).map { Optional($0) }
        case .gather(let axis):
            let index = try node.savedTensor(0)
            let zeros = Tensor.zeros(inputShapes[0])
            return [try zeros.scatterAdd(axis: axis, index: index, source: g), nil]
        case .indexSelect(let axis):
            return [try indexSelectAdjoint(g, index: node.savedTensor(0), axis: axis, inputShape: inputShapes[0]), nil]
        case .scatterAdd(let axis):
            let index = try node.savedTensor(0)
            return [g, nil, try g.gather(axis: axis, index: index)]
        case .matmul:
            return try matmul(node, g, needs)
        case .linear:
            return try linear(node, g, needs)
        case .softmax, .causalSoftmax, .logSoftmax:
            return [try Tensor.rowOpGradient(node.op, output: node.savedTensor(0), rstd: nil, g)]
        case .layerNorm:
            return [try Tensor.rowOpGradient(node.op, output: node.savedTensor(0), rstd: node.savedTensor(1), g)]
        }
    }

    private static func unary(_ k: UnaryKernel, _ node: GradNode, _ g: Tensor) throws -> Tensor? {
        switch k {
        case .neg: return g.apply(.neg)
        case .sign, .step: return Tensor.zeros(g.shape)
        case .exp: return try g.apply(.mul, node.savedTensor(0))
        case .log: return try g.apply(.div, node.savedTensor(0))
        case .sqrt: return try g.apply(.div, node.savedTensor(0).apply(.mul, scalar: 2))
        case .abs: return try g.apply(.mul, node.savedTensor(0).apply(.sign))
        case .tanh:
            let y = try node.savedTensor(0)
            return try g.apply(.mul, y.apply(.square).apply(.neg).apply(.add, scalar: 1))
        case .sigmoid:
            let y = try node.savedTensor(0)
            return try g.apply(.mul, y.apply(.mul, y.apply(.neg).apply(.add, scalar: 1)))
        case .relu: return try g.apply(.mul, node.savedTensor(0).apply(.step))
        case .softplus: return try g.apply(.mul, node.savedTensor(0).apply(.sigmoid))
        case .logsigmoid: return try g.apply(.mul, node.savedTensor(0).apply(.neg).apply(.sigmoid))
        case .square: return try g.apply(.mul, node.savedTensor(0).apply(.mul, scalar: 2))
        case .reciprocal:
            let y = try node.savedTensor(0)
            return try g.apply(.mul, y.apply(.square).apply(.neg))
        case .gelu, .geluTanh:
            let x = try node.savedTensor(0)
            let y = k == .gelu ? try node.savedTensor(1) : nil
            return GeluBackward.evaluate(x: x, forward: y, gradient: g, tanhApproximation: k == .geluTanh)
        }
    }

    private static func binary(_ k: BinaryKernel, _ node: GradNode, _ g: Tensor, _ needs: [Bool]) throws -> (Tensor?, Tensor?) {
        switch k {
        case .add: return (g, g)
        case .sub: return (g, needs[1] ? g.apply(.neg) : nil)
        case .mul:
            let a = try node.savedTensor(0), b = try node.savedTensor(1)
            return (needs[0] ? try g.apply(.mul, b) : nil, needs[1] ? try g.apply(.mul, a) : nil)
        case .div:
            let a = try node.savedTensor(0), b = try node.savedTensor(1)
            let ga = try g.apply(.div, b)
            return (ga, needs[1] ? try ga.apply(.mul, a.apply(.div, b)).apply(.neg) : nil)
        case .pow:
            let a = try node.savedTensor(0), b = try node.savedTensor(1), y = try node.savedTensor(2)
            let ga = try g.apply(.mul, b.apply(.mul, a.apply(.pow, b.apply(.sub, scalar: 1))))
            // d/db a^b = a^b log a; define it as 0 where a == 0 (as PyTorch does) instead of NaN.
            let logA = try Tensor.select(a.apply(.greater, scalar: 0), a.apply(.log), Tensor(scalar: 0))
            return (ga, try g.apply(.mul, y.apply(.mul, logA)))
        case .maximum, .minimum:
            let a = try node.savedTensor(0), b = try node.savedTensor(1)
            let pickA = try a.apply(k == .maximum ? .greater : .less, b)
            let tie = try a.apply(.equal, b).apply(.mul, scalar: 0.5)
            let wa = try pickA.apply(.add, tie)
            return (try g.apply(.mul, wa), try g.apply(.mul, wa.apply(.neg).apply(.add, scalar: 1)))
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            return (nil, nil)
        }
    }

    private static func sliceAdjoint(_ g: Tensor, inputShape: [Int], starts: [Int], steps: [Int]) throws -> Tensor {
        let out = Tensor.zeros(inputShape)
        let base = Shape.contiguousStrides(inputShape)
        var offset = 0
        for d in 0..<inputShape.count where g.shape[d] > 0 { offset += starts[d] * base[d] }
        let view = Tensor(storage: out.storage, shape: g.shape, strides: zip(base, steps).map { $0 * $1 }, offset: offset)
        let src = g.contiguousData()
        var k = 0
        view.forEachOffset { o in out.storage.pointer[o] = src.basePointer[k]; k += 1 }
        return out
    }

    private static func indexSelectAdjoint(_ g: Tensor, index: Tensor, axis: Int, inputShape: [Int]) throws -> Tensor {
        let out = Tensor.zeros(inputShape)
        let idx = try index.integralIndices(operation: "index_select", size: inputShape[axis])
        let outer = Shape.count(Array(inputShape.prefix(axis)))
        let inner = Shape.count(Array(inputShape.suffix(from: axis + 1)))
        let src = g.contiguousData()
        for o in 0..<outer {
            for (j, i) in idx.enumerated() where inner > 0 {
                Elementwise.axpy(1, src.basePointer + (o * idx.count + j) * inner,
                                 out.basePointer + (o * inputShape[axis] + i) * inner, count: inner)
            }
        }
        return out
    }

    private static func linear(_ node: GradNode, _ g: Tensor, _ needs: [Bool]) throws -> [Tensor?] {
        let x = try node.savedTensor(0), w = try node.savedTensor(1)
        let (outFeatures, inFeatures) = (w.shape[0], w.shape[1])
        let rows = try g.reshape([-1, outFeatures])
        let gx = needs[0] ? try rows.matmul(w).reshape(x.shape) : nil
        // gᵀ·x is [out, in]: W's own layout, so it accumulates into W.grad without a copy.
        let gw = needs[1] ? try rows.transpose().matmul(x.reshape([-1, inFeatures])) : nil
        let gb = needs[2] ? try rows.sum(axes: [0]) : nil
        return [gx, gw, gb]
    }

    private static func matmul(_ node: GradNode, _ g: Tensor, _ needs: [Bool]) throws -> [Tensor?] {
        let a = try node.savedTensor(0), b = try node.savedTensor(1)
        let ga = needs[0] ? try g.matmul(b.transpose()).sumToShape(a.shape) : nil
        // b is Wᵀ for a row-major W (as in x·Wᵀ): its gradient is produced in W's layout.
        let bIsTransposedMatrix = b.rank == 2 && b.shape[1] > 1 && b.strides == [1, b.shape[0]]
        let gb: Tensor?
        if !needs[1] {
            gb = nil
        } else if b.rank == 2 && (a.rank > 2 || bIsTransposedMatrix) {
            // Fold the batch into rows: one GEMM instead of a batched product and a sum.
            let k = a.shape[a.rank - 1], n = b.shape[1]
            let rows = try a.reshape([-1, k]), grads = try g.reshape([-1, n])
            // (gᵀ·a)ᵀ lands in W.grad without a transposing copy.
            gb = bIsTransposedMatrix ? try grads.transpose().matmul(rows).transpose()
                                     : try rows.transpose().matmul(grads)
        } else {
            gb = try a.transpose().matmul(g).sumToShape(b.shape)
        }
        return [ga, gb]
    }
}
