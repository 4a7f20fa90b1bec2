import Engine

/// Reading token ids from values: lists of integral numbers, tensors of integral values.
enum TokenIDs {
    /// Ids from a list (or range) of integers or a 0-d/1-d tensor; anything else is an error naming `what`.
    static func read(_ value: Value, what: String) throws -> [Int] {
        switch value {
        case .list(let l):
            return try l.items.enumerated().map { k, item in
                guard case .number(let x) = item else {
                    throw RuntimeError("\(what) must hold token ids (integers), found \(item.typeName) at position \(k)")
                }
                return try Value.integer(from: x, what: "\(what) token at position \(k)")
            }
        case .range(let r):
            guard r.count <= Value.maxRepeatedCount else { throw RuntimeError("\(what): range too long") }
            return try (0..<r.count).map { try Value.integer(from: r.element($0), what: "\(what) token") }
        case .tensor(let t):
            guard t.rank <= 1 else {
                throw RuntimeError("\(what) must be a list or a 1-D tensor of token ids, got shape \(formatShape(t.shape))")
            }
            return try fromTensor(t, what: what)
        default:
            throw RuntimeError("\(what) must be a list or a 1-D tensor of token ids, not \(value.typeName)")
        }
    }

    /// The integral values of a tensor in row-major order.
    static func fromTensor(_ t: Tensor, what: String) throws -> [Int] {
        try t.scalars.enumerated().map { k, v in
            guard v.isFinite, v == v.rounded() else {
                throw RuntimeError("\(what): token \(formatNumber(Double(v))) at position \(k) is not an integer")
            }
            return Int(v)
        }
    }

    /// Ids as a list value.
    static func list(_ ids: [Int]) -> Value {
        .list(ids.map { .number(Double($0)) })
    }

    /// Prompts for generation: a list of token lists, one token list, or a [B, T] / [T] tensor.
    static func prompts(_ value: Value, what: String) throws -> [[Int]] {
        switch value {
        case .tensor(let t) where t.rank == 2:
            let width = t.shape[1]
            let ids = try fromTensor(t, what: what)
            return (0..<t.shape[0]).map { Array(ids[$0 * width..<($0 + 1) * width]) }
        case .list(let l) where l.items.contains(where: { if case .number = $0 { return false }; return true }):
            return try l.items.enumerated().map { k, item in try read(item, what: "\(what) prompt \(k)") }
        default:
            return [try read(value, what: what)]
        }
    }
}
