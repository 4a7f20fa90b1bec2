import Engine
import Kernels

/// Methods and properties of tensor values (`t.sum(axis = 1)`, `t.shape`, `loss.backward()`).
extension BuiltinRegistry {
    func registerTensorMethods() {
        registerTensorReductions()
        registerTensorShapeMethods()
        registerTensorAutograd()
        registerTensorProperties()
    }

    private func method(_ name: String, _ params: [Parameter], _ summary: String, doc: String = "",
                        _ body: @escaping (Tensor, Arguments) throws -> Tensor) {
        defineMethod(.tensor, name, params, summary, doc: doc) { args in
            .tensor(try Value.engine { try body(try args.receiverTensor(), args) })
        }
    }

    private func registerTensorReductions() {
        let axisParams: [Parameter] = [.optional("axis"), .optional("keepdim", .bool(false))]
        method("sum", axisParams, "Sum over axis (an integer or a list; all axes by default).") { t, a in
            try t.sum(axes: try a.axes(0), keepDims: a.bool(1))
        }
        method("mean", axisParams, "Mean over axis (all axes by default).") { t, a in try t.mean(axes: try a.axes(0), keepDims: a.bool(1)) }
        method("max", axisParams, "Maximum over axis (all axes by default).") { t, a in try t.max(axes: try a.axes(0), keepDims: a.bool(1)) }
        method("min", axisParams, "Minimum over axis (all axes by default).") { t, a in try t.min(axes: try a.axes(0), keepDims: a.bool(1)) }
        method("logsumexp", axisParams, "log(sum(exp(x))) over axis, computed stably.") { t, a in
            try t.logsumexp(axes: try a.axes(0), keepDims: a.bool(1))
        }
        method("argmax", [.optional("axis"), .optional("keepdim", .bool(false))], "Index of the maximum (over the flattened tensor by default).") { t, a in
            try t.argmax(axis: a.isNil(0) ? nil : try a.integer(0), keepDims: a.bool(1))
        }
        method("argmin", [.optional("axis"), .optional("keepdim", .bool(false))], "Index of the minimum.") { t, a in
            try t.argmin(axis: a.isNil(0) ? nil : try a.integer(0), keepDims: a.bool(1))
        }
        method("softmax", [.optional("axis", .number(-1))], "Softmax along axis.") { t, a in try t.softmax(axis: try a.integer(0)) }
        method("log_softmax", [.optional("axis", .number(-1))], "Log-softmax along axis.") { t, a in try t.logSoftmax(axis: try a.integer(0)) }
        method("pow", [.required("p")], "x ** p.") { t, a in
            if case .number(let p) = a[0] { return t.pow(Float(p)) }
            return try t.apply(.pow, try a.tensor(0))
        }
        method("clamp", [.optional("min"), .optional("max")], "Limits values to [min, max].") { t, a in
            t.clamp(min: try a.optionalFloat(0) ?? -.infinity, max: try a.optionalFloat(1) ?? .infinity)
        }
        method("gelu", [.optional("approximate", .string("none"))], "GELU (exact by default, or \"tanh\").") { t, a in
            t.gelu(tanhApproximation: try a.string(0) == "tanh")
        }
        method("norm", [], "Euclidean norm of all elements.") { t, _ in try t.apply(.square).sum().apply(.sqrt) }
        method("matmul", [.required("other")], "Matrix product.") { t, a in try t.matmul(try a.tensor(0)) }
        method("masked_fill", [.required("mask"), .required("value")], "Replaces elements where mask is non-zero.") { t, a in
            try t.maskedFill(try a.tensor(0), Float(try a.number(1)))
        }
        method("gather", [.required("axis"), .required("index")], "Values along axis at index.") { t, a in
            try t.gather(axis: try a.integer(0), index: try a.tensor(1))
        }
        method("index_select", [.required("axis"), .required("index")], "Slices along axis at integral indices.") { t, a in
            try t.indexSelect(axis: try a.integer(0), index: try a.tensor(1))
        }
        method("one_hot", [.required("classes")], "One-hot encoding of integral ids.") { t, a in try t.oneHot(classes: try a.integer(0)) }
    }

    private func registerTensorShapeMethods() {
        method("reshape", [.variadic("shape")], "The same elements in a new shape; one dimension may be -1.") { t, a in
            try t.reshape(try a.signedShape(0))
        }
        method("view", [.variadic("shape")], "Alias of reshape.") { t, a in try t.reshape(try a.signedShape(0)) }
        method("permute", [.variadic("axes")], "Reorders axes (a view).") { t, a in try t.permute(try a.signedShape(0)) }
        method("transpose", [.optional("a", .number(-2)), .optional("b", .number(-1))], "Swaps two axes (a view).") { t, a in
            try t.transpose(try a.integer(0), try a.integer(1))
        }
        method("expand", [.variadic("shape")], "Broadcasts size-1 axes without copying.") { t, a in try t.expand(try a.signedShape(0)) }
        method("unsqueeze", [.required("axis")], "Inserts a size-1 axis.") { t, a in try t.unsqueeze(try a.integer(0)) }
        method("squeeze", [.optional("axis")], "Removes size-1 axes.") { t, a in try t.squeeze(a.isNil(0) ? nil : try a.integer(0)) }
        method("flatten", [], "The tensor as one dimension.") { t, _ in try t.flatten() }
        method("contiguous", [], "A row-major copy when the tensor is a strided view.") { t, _ in t.contiguous() }
        method("detach", [], "The same values outside the autograd graph.") { t, _ in t.detach() }
        method("clone", [], "A copy that records the op (gradients flow back).") { t, _ in try t.apply(.add, scalar: 0).contiguous() }
        method("copy", [], "An independent copy outside the graph.") { t, _ in t.copy() }
        defineMethod(.tensor, "split", [.required("sizes"), .optional("axis", .number(0))], "Pieces of the given sizes along axis (views).") { args in
            let t = try args.receiverTensor()
            let pieces = try Value.engine { try t.split(try args.shape(0), axis: try args.integer(1)) }
            return .list(pieces.map { .tensor($0) })
        }
    }

    private func registerTensorAutograd() {
        defineMethod(.tensor, "backward", [.optional("gradient"), .optional("retain_graph", .bool(false))],
                     "Back-propagates from this scalar; gradients accumulate into the grad of each leaf.") { args in
            let t = try args.receiverTensor()
            let seed = args.isNil(0) ? nil : try args.tensor(0)
            try Value.engine { try t.backward(gradient: seed, retainGraph: args.bool(1), recordNorms: true) }
            return .nil
        }
        defineMethod(.tensor, "item", [], "The value of a one-element tensor as a number.") { args in
            .number(Double(try Value.engine { try args.receiverTensor().item() }))
        }
        defineMethod(.tensor, "tolist", [], "The values as nested lists of numbers.") { args in
            try tensorToList(try args.receiverTensor())
        }
        defineMethod(.tensor, "zero_grad", [], "Clears the accumulated gradient.") { args in
            try args.receiverTensor().zeroGrad()
            return .nil
        }
        defineMethod(.tensor, "requires_grad_", [.optional("flag", .bool(true))], "Marks a leaf as trainable (in place); returns it.") { args in
            let t = try args.receiverTensor()
            guard t.isLeaf else { throw RuntimeError("requires_grad_() applies to leaf tensors, not results of operations") }
            t.requiresGrad = args.bool(0)
            return .tensor(t)
        }
    }

    private func registerTensorProperties() {
        func property(_ name: String, _ summary: String, get: @escaping (Tensor) throws -> Value,
                      set: ((Tensor, Value) throws -> Void)? = nil) {
            let getter: (Value) throws -> Value = { v in
                guard case .tensor(let t) = v else { throw RuntimeError("'\(name)' is a tensor property") }
                return try get(t)
            }
            let setter: ((Value, Value) throws -> Void)? = set.map { s in
                { v, newValue in
                    guard case .tensor(let t) = v else { throw RuntimeError("'\(name)' is a tensor property") }
                    try s(t, newValue)
                }
            }
            register(property: Property(name, summary: summary, get: getter, set: setter), for: .tensor)
        }
        property("shape", "The size of each axis, as a list.") { .list($0.shape.map { .number(Double($0)) }) }
        property("ndim", "Number of axes.") { .number(Double($0.rank)) }
        property("size", "Number of elements.") { .number(Double($0.count)) }
        property("dtype", "Element type (always \"f32\").") { _ in .string("f32") }
        property("T", "The transpose of the last two axes (a view).") { t in .tensor(try Value.engine { try t.transpose() }) }
        property("is_leaf", "True when no recorded op produced the tensor.") { .bool($0.isLeaf) }
        property("grad", "The accumulated gradient after backward() (nil before); assign nil to clear.", get: { t in
            t.grad.map { .tensor($0) } ?? .nil
        }, set: { t, v in
            switch v {
            case .nil: t.grad = nil
            case .tensor(let g) where g.shape == t.shape: t.grad = g.copy()
            default: throw RuntimeError("grad must be nil or a tensor of shape \(formatShape(t.shape))")
            }
        })
        property("requires_grad", "Whether operations on the tensor are recorded.", get: { .bool($0.requiresGrad) }, set: { t, v in
            guard t.isLeaf else { throw RuntimeError("requires_grad can only be set on leaf tensors") }
            t.requiresGrad = v.isTruthy
        })
        property("name", "The tensor's name in graphs and checkpoints.", get: { t in t.name.map { .string($0) } ?? .nil }, set: { t, v in
            if case .string(let s) = v { t.name = s } else if v.isNil { t.name = nil } else {
                throw RuntimeError("name must be a string")
            }
        })
    }
}

/// A tensor's values as nested lists (a 0-d tensor gives a number).
func tensorToList(_ t: Tensor) throws -> Value {
    let values = t.scalars.map { Value.number(Double($0)) }
    guard t.rank > 0 else { return values.first ?? .nil }
    func build(_ depth: Int, _ offset: Int) -> Value {
        let n = t.shape[depth]
        let inner = t.shape.suffix(from: depth + 1).reduce(1, *)
        if depth == t.rank - 1 { return .list(Array(values[offset..<offset + n])) }
        return .list((0..<n).map { build(depth + 1, offset + $0 * inner) })
    }
    return build(0, 0)
}

extension Arguments {
    /// A shape that may contain -1 (reshape) or negative axes (permute), as separate integers or one list.
    func signedShape(_ i: Int) throws -> [Int] {
        var dims: [Value]
        switch self[i] {
        case .list(let l): dims = l.items
        default: throw typeError(i, expected: "integers")
        }
        if dims.count == 1, case .list(let inner) = dims[0] { dims = inner.items }
        return try dims.map { v in
            guard case .number(let x) = v else { throw typeError(i, expected: "integers") }
            return try Value.integer(from: x, what: "\(builtin.name)() dimension")
        }
    }
}
