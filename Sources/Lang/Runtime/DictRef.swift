/// The storage of a dict value: string or number keys, iterated in insertion order.
public final class DictRef {
    /// Keys in insertion order.
    public private(set) var keys: [DictKey] = []
    /// Values, parallel to `keys`.
    public private(set) var values: [Value] = []
    private var index: [DictKey: Int] = [:]

    /// Creates an empty dict.
    public init() {}

    /// Creates a dict from pairs; a repeated key keeps its first position and last value.
    public init(_ pairs: [(DictKey, Value)]) {
        for (k, v) in pairs { self[k] = v }
    }

    /// Number of entries.
    public var count: Int { keys.count }

    /// The value for a key; setting `nil` is not removal (use `remove`).
    public subscript(key: DictKey) -> Value? {
        get { index[key].map { values[$0] } }
        set {
            guard let newValue else {
                remove(key)
                return
            }
            if let i = index[key] {
                values[i] = newValue
            } else {
                index[key] = keys.count
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    /// Removes a key and returns its value; later entries keep their order.
    @discardableResult
    public func remove(_ key: DictKey) -> Value? {
        guard let i = index.removeValue(forKey: key) else { return nil }
        let v = values[i]
        keys.remove(at: i)
        values.remove(at: i)
        for j in i..<keys.count { index[keys[j]] = j }
        return v
    }

    /// Removes everything.
    public func removeAll() {
        keys = []
        values = []
        index = [:]
    }
}
