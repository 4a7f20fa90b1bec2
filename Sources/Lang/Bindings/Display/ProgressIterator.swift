/// One pass of a `for` loop over a `ProgressObject`: hands out elements lazily and tells the
/// progress that the previous iteration finished each time the loop asks for the next one.
final class ProgressIterator: ValueIterator {
    /// Where the elements come from; ranges and lists are read in place, never copied.
    enum Items {
        case range(RangeRef)
        case list(ListRef)
        case values([Value])
    }

    private let owner: ProgressObject
    private let items: Items
    private var position = 0

    /// An iterator reporting to `owner`.
    init(owner: ProgressObject, items: Items) {
        self.owner = owner
        self.items = items
    }

    func next() throws -> Value? {
        // Asking for element k means elements 0..<k are done.
        if position > 0 { owner.advance(to: position) }
        let value: Value?
        switch items {
        case .range(let r): value = position < r.count ? .number(r.element(position)) : nil
        case .list(let l): value = position < l.items.count ? l.items[position] : nil
        case .values(let v): value = position < v.count ? v[position] : nil
        }
        if value != nil { position += 1 }
        return value
    }

    func close() { owner.finish() }
}
