import Engine

/// `t[i, 1:3, ::2]` and `t[...] = v` on tensors: integers select (dropping the axis), slices make
/// strided views, and an integer tensor or list picks positions along its axis.
extension Interpreter {
    /// The tensor `t[components]`, recorded for autograd like any view.
    func tensorIndex(_ t: Tensor, _ components: [IndexComponent]) throws -> Tensor {
        guard components.count <= t.rank else {
            throw RuntimeError("too many indices (\(components.count)) for a tensor of shape \(formatShape(t.shape))")
        }
        var result = t
        var axis = 0
        for component in components {
            switch component {
            case .slice(let start, let stop, let step):
                var ranges = [SliceRange](repeating: .all, count: axis + 1)
                ranges[axis] = SliceRange(start: try optionalInteger(start, "slice start"),
                                          end: try optionalInteger(stop, "slice stop"),
                                          step: try optionalInteger(step, "slice step") ?? 1)
                result = try Value.engine { try result.slice(ranges) }
                axis += 1
            case .index(.number(let x)):
                let i = try Value.integer(from: x, what: "tensor index")
                result = try Value.engine { try result.select(axis: axis, index: i) }
            case .index(let v):
                let index = try v.asTensor("tensor index")
                result = try Value.engine { try result.indexSelect(axis: axis, index: index) }
                axis += index.rank
            }
        }
        return result
    }

    /// Writes `value` (broadcast) into the elements `t[components]` in place.
    func setTensorIndex(_ t: Tensor, _ components: [IndexComponent], _ value: Value) throws {
        if t.requiresGrad && t.isLeaf && Autograd.isRecording {
            throw RuntimeError("cannot assign into a tensor that requires grad",
                               hint: "update parameters inside no_grad { ... }, or assign into a copy")
        }
        let view = try Value.engine { try Autograd.noGrad { try tensorIndex(t, components) } }
        guard view.storage === t.storage else {
            throw RuntimeError("assignment through an index tensor is not supported; use slices or integers")
        }
        let source = try value.asTensor("assigned value")
        let expanded = try Value.engine { try Autograd.noGrad { try source.expand(view.shape).contiguous() } }
        var k = 0
        // `expanded` must outlive the loop that reads through its pointer.
        withExtendedLifetime(expanded) {
            let src = expanded.basePointer
            view.forEachStorageOffset { offset in
                t.storage.pointer[offset] = src[k]
                k += 1
            }
        }
    }

    private func optionalInteger(_ v: Value, _ what: String) throws -> Int? {
        switch v {
        case .nil: return nil
        case .number(let x): return try Value.integer(from: x, what: what)
        default: throw RuntimeError("\(what) must be an integer, not \(v.typeName)")
        }
    }
}
