/// Sorting with a comparison that may throw (mixed types), stable, O(n log n).
func mergeSort(_ items: [Value], by less: (Value, Value) throws -> Bool) throws -> [Value] {
    if items.count < 2 { return items }
    var a = items
    var b = items
    var width = 1
    while width < a.count {
        var i = 0
        while i < a.count {
            let mid = min(i + width, a.count), end = min(i + 2 * width, a.count)
            var l = i, r = mid, k = i
            while l < mid && r < end {
                // Take from the right only when strictly smaller, which keeps the sort stable.
                if try less(a[r], a[l]) { b[k] = a[r]; r += 1 } else { b[k] = a[l]; l += 1 }
                k += 1
            }
            while l < mid { b[k] = a[l]; l += 1; k += 1 }
            while r < end { b[k] = a[r]; r += 1; k += 1 }
            i += 2 * width
        }
        swap(&a, &b)
        width *= 2
    }
    return a
}

/// `a < b` by the language's rules (numbers, strings; anything else is an error).
func valueLess(_ a: Value, _ b: Value) throws -> Bool {
    if case .number(let x) = a, case .number(let y) = b { return x < y }
    return try Value.binary(.less, a, b).isTruthy
}

/// Sorts values by their natural order or by `key(x)`, stably.
func sortValues(_ items: [Value], key: Value, reverse: Bool, args: Arguments) throws -> [Value] {
    var sorted: [Value]
    if key.isNil {
        sorted = try mergeSort(items, by: valueLess)
    } else {
        let keyed = try items.map { Value.list([try args.call(key, [$0]), $0]) }
        sorted = try mergeSort(keyed) { a, b in
            guard case .list(let x) = a, case .list(let y) = b else { return false }
            return try valueLess(x.items[0], y.items[0])
        }.map { v in
            if case .list(let pair) = v { return pair.items[1] }
            return v
        }
    }
    if reverse { sorted.reverse() }
    return sorted
}
