/// Element-wise kernels on contiguous Float buffers (output may alias an input exactly).
public enum Elementwise {
    typealias Vector = SIMD8<Float>

    /// Below this many elements a thread hand-off (~10 µs to wake a worker) costs more than the
    /// work; 64K floats take 30–60 µs through an add.
    static let parallelThreshold = 1 << 16

    /// Runs `body(offset, count)` over `count` elements, split across Threading.maxThreads workers when large
    /// (chunk offsets are multiples of 64, so SIMD blocks inside a chunk line up as in one pass).
    @inline(__always)
    public static func split(_ count: Int, _ body: (Int, Int) -> Void) {
        let workers = Threading.maxThreads
        guard count >= parallelThreshold && workers > 1 else {
            body(0, count)
            return
        }
        let chunks = Threading.ranges(count, parts: workers, granule: 64)
        Threading.parallelFor(chunks.count, threads: workers) { index in
            body(chunks[index].lowerBound, chunks[index].count)
        }
    }

    /// y = f(x) vector by vector; the tail goes through the same f on a zero-padded vector so every element sees identical arithmetic.
    static func map<F: LaneMap>(_ f: F, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        while i + 16 <= count {
            let v0 = (x + i).loadVector()
            let v1 = (x + i + 8).loadVector()
            (y + i).storeVector(f.apply(v0))
            (y + i + 8).storeVector(f.apply(v1))
            i += 16
        }
        if i + 8 <= count {
            (y + i).storeVector(f.apply((x + i).loadVector()))
            i += 8
        }
        if i < count {
            storePartial(f.apply(loadPartial(x + i, count - i)), y + i, count - i)
        }
    }

    /// z = f(a, b) vector by vector, padded tail as in `map`.
    static func zip<F: LaneZip>(_ f: F, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
                                _ z: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        while i + 8 <= count {
            (z + i).storeVector(f.apply((a + i).loadVector(), (b + i).loadVector()))
            i += 8
        }
        if i < count {
            let n = count - i
            storePartial(f.apply(loadPartial(a + i, n), loadPartial(b + i, n)), z + i, n)
        }
    }

    /// w = f(a, b, c) vector by vector, padded tail as in `map`.
    static func zip3<F: LaneZip3>(_ f: F, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
                                  _ c: UnsafePointer<Float>, _ w: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        while i + 8 <= count {
            (w + i).storeVector(f.apply((a + i).loadVector(), (b + i).loadVector(), (c + i).loadVector()))
            i += 8
        }
        if i < count {
            let n = count - i
            storePartial(f.apply(loadPartial(a + i, n), loadPartial(b + i, n), loadPartial(c + i, n)), w + i, n)
        }
    }

    /// z = f(x, s), or f(s, x) when `scalarOnLeft`: one operand broadcast from a scalar.
    static func zipScalar<F: LaneZip>(_ f: F, _ x: UnsafePointer<Float>, _ s: Float, scalarOnLeft: Bool,
                                      _ z: UnsafeMutablePointer<Float>, count: Int) {
        let sv = Vector(repeating: s)
        var i = 0
        if scalarOnLeft {
            while i + 8 <= count {
                (z + i).storeVector(f.apply(sv, (x + i).loadVector()))
                i += 8
            }
        } else {
            while i + 8 <= count {
                (z + i).storeVector(f.apply((x + i).loadVector(), sv))
                i += 8
            }
        }
        if i < count {
            let n = count - i
            let v = loadPartial(x + i, n)
            storePartial(scalarOnLeft ? f.apply(sv, v) : f.apply(v, sv), z + i, n)
        }
    }

    /// The first `n` (< 8) floats at `p`, zero-padded.
    @inline(__always)
    static func loadPartial(_ p: UnsafePointer<Float>, _ n: Int) -> Vector {
        var v = Vector()
        for lane in 0..<n { v[lane] = p[lane] }
        return v
    }

    /// Stores the first `n` (< 8) lanes of `v` at `p`.
    @inline(__always)
    static func storePartial(_ v: Vector, _ p: UnsafeMutablePointer<Float>, _ n: Int) {
        for lane in 0..<n { p[lane] = v[lane] }
    }
}
