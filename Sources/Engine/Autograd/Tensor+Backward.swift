import Kernels

extension Tensor {
    /// Back-propagates from this tensor: a scalar by default, or any shape with an explicit `gradient` seed.
    /// Gradients accumulate into the `grad` of every leaf that requires grad. The saved tensors are
    /// released afterwards unless `retainGraph`; `recordNorms` stores each node's gradient norm for graphs.
    public func backward(gradient: Tensor? = nil, retainGraph: Bool = false, recordNorms: Bool = false) throws {
        guard requiresGrad else {
            throw TensorError("backward", "this tensor does not require grad (no input of the computation had requires_grad = true, or it ran inside no_grad)")
        }
        let seed: Tensor
        if let gradient {
            guard gradient.shape == shape else {
                throw TensorError("backward", "gradient of shape \(formatShape(gradient.shape)) does not match the tensor's shape \(formatShape(shape))")
            }
            seed = gradient
        } else {
            guard count == 1 else {
                throw TensorError("backward", "backward() needs a scalar, but the tensor has shape \(formatShape(shape)); reduce it first (e.g. .sum()) or pass a gradient")
            }
            seed = Tensor.ones(shape)
        }
        guard let root = gradNode else {
            try Tensor.accumulate(seed, into: self)
            return
        }
        try Autograd.noGrad {
            let order = Tensor.topologicalOrder(from: root)
            var grads: [ObjectIdentifier: Tensor] = [ObjectIdentifier(root): seed]
            for node in order {
                guard let g = grads.removeValue(forKey: ObjectIdentifier(node)) else { continue }
                if recordNorms { node.gradNorm = g.l2Norm() }
                let inputGrads = try Derivatives.inputGradients(node, g)
                for (edge, inputGrad) in zip(node.inputs, inputGrads) {
                    guard let inputGrad else { continue }
                    if let child = edge.node {
                        let key = ObjectIdentifier(child)
                        if let existing = grads[key] {
                            grads[key] = try existing.apply(.add, inputGrad)
                        } else {
                            grads[key] = inputGrad
                        }
                    } else if let leaf = edge.leaf {
                        try Tensor.accumulate(inputGrad, into: leaf)
                    }
                }
                if !retainGraph { node.free() }
            }
        }
    }

    /// Adds `g` into `leaf.grad`, allocating it on first use.
    static func accumulate(_ g: Tensor, into leaf: Tensor) throws {
        guard g.shape == leaf.shape else {
            throw TensorError("backward", "internal: gradient \(formatShape(g.shape)) for a leaf of shape \(formatShape(leaf.shape))")
        }
        if let existing = leaf.grad, existing.isContiguous, existing.shape == leaf.shape {
            Elementwise.axpy(1, g.contiguousData().basePointer, existing.basePointer, count: g.count)
        } else {
            leaf.grad = g.copy()
        }
    }

    /// Nodes reachable from `root`, each after every node that consumes it (iterative, no recursion).
    static func topologicalOrder(from root: GradNode) -> [GradNode] {
        var postOrder: [GradNode] = []
        var visited = Set<ObjectIdentifier>([ObjectIdentifier(root)])
        var stack: [(GradNode, Int)] = [(root, 0)]
        while let (node, next) = stack.last {
            if next < node.inputs.count {
                stack[stack.count - 1].1 = next + 1
                if let child = node.inputs[next].node, visited.insert(ObjectIdentifier(child)).inserted {
                    stack.append((child, 0))
                }
            } else {
                postOrder.append(node)
                stack.removeLast()
            }
        }
        return postOrder.reversed()
    }

    /// Resets the accumulated gradient.
    public func zeroGrad() { grad = nil }

    /// Euclidean norm of all elements, accumulated in Double.
    public func l2Norm() -> Double {
        // A permuted view of a dense block (the usual shape of a gradient flowing back through
        // transpose/permute) holds the same elements in another order, so it needs no copy.
        let dense = isContiguous || isDensePermutation
        return OptimizerKernels.sumOfSquares(dense ? basePointer : contiguousData().basePointer, count: count).squareRoot()
    }

    /// Whether the elements fill `count` consecutive floats from `basePointer` in some axis order.
    var isDensePermutation: Bool {
        var expected = 1
        for (size, stride) in zip(shape, strides).filter({ $0.0 != 1 }).sorted(by: { $0.1 < $1.1 }) {
            if stride != expected { return false }
            expected &*= size
        }
        return true
    }
}
