import Engine

/// A GPT key/value cache as an Alinea value: `model.logits(new_tokens, cache = c)` reads and
/// extends it, so a hand-written sampling loop runs only the newest tokens through the model.
final class CacheObject: NativeObject {
    /// The engine cache.
    let cache: KVCache

    /// Wraps a cache.
    init(_ cache: KVCache) { self.cache = cache }

    var typeName: String { "KVCache" }

    /// `KVCache(batch = 2, length = 5, capacity = 64)`.
    var description: String { "KVCache(batch = \(cache.batch), length = \(cache.length), capacity = \(cache.capacity))" }

    var memberNames: [String] { CacheObject.methods.names + ["batch", "length", "capacity"] }

    func attribute(_ name: String) throws -> Value? {
        switch name {
        case "batch": return .number(Double(cache.batch))
        case "length": return .number(Double(cache.length))
        case "capacity": return .number(Double(cache.capacity))
        default: return nil
        }
    }

    func method(_ name: String) -> Builtin? { CacheObject.methods[name] }

    /// The shared method table.
    static let methods = MethodTable([
        nativeMethod("reset", [], "Forgets every cached position (the buffers are reused).") { args in
            try args.receiver(CacheObject.self).cache.reset()
            return .nil
        },
    ])
}
