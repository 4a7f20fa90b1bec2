import Synchronization

/// Reusable packing buffers for one GEMM worker; pooled so repeated small products never allocate.
final class GemmScratch: @unchecked Sendable {
    // @unchecked: a scratch is owned by exactly one worker between acquire() and release().
    private static let pool = Mutex<[GemmScratch]>([])
    /// Bytes of alignment for packed panels: a cache line, so SIMD loads never split lines.
    private static let alignment = 64

    private(set) var packedA: UnsafeMutablePointer<Float>
    private(set) var packedB: UnsafeMutablePointer<Float>
    private var capacityA: Int
    private var capacityB: Int
    /// Landing area for partial edge tiles, so the micro-kernel always computes a full mr×nr block.
    let tile: UnsafeMutablePointer<Float>

    private init() {
        capacityA = Gemm.mr * Gemm.kcMax * 4
        capacityB = Gemm.nr * Gemm.kcMax * 4
        packedA = GemmScratch.allocate(capacityA)
        packedB = GemmScratch.allocate(capacityB)
        tile = GemmScratch.allocate(Gemm.mr * Gemm.nr)
    }

    deinit {
        packedA.deallocate()
        packedB.deallocate()
        tile.deallocate()
    }

    /// Takes a scratch from the pool, or makes one when all are in use.
    static func acquire() -> GemmScratch {
        pool.withLock { $0.popLast() } ?? GemmScratch()
    }

    /// Returns a scratch to the pool for the next product.
    static func release(_ scratch: GemmScratch) {
        pool.withLock { $0.append(scratch) }
    }

    /// Grows the packing buffers to hold `a` and `b` floats; contents are not preserved.
    func reserve(a: Int, b: Int) {
        if a > capacityA {
            packedA.deallocate()
            capacityA = a
            packedA = GemmScratch.allocate(a)
        }
        if b > capacityB {
            packedB.deallocate()
            capacityB = b
            packedB = GemmScratch.allocate(b)
        }
    }

    private static func allocate(_ count: Int) -> UnsafeMutablePointer<Float> {
        UnsafeMutableRawPointer.allocate(byteCount: count * MemoryLayout<Float>.stride, alignment: alignment)
            .bindMemory(to: Float.self, capacity: count)
    }
}
