/// Unaligned SIMD8 loads and stores through mutable pointers (see UnsafePointer+SIMD).
extension UnsafeMutablePointer where Pointee == Float {
    @inline(__always)
    func loadVector() -> SIMD8<Float> {
        UnsafeRawPointer(self).loadUnaligned(as: SIMD8<Float>.self)
    }

    @inline(__always)
    func storeVector(_ value: SIMD8<Float>) {
        UnsafeMutableRawPointer(self).storeBytes(of: value, as: SIMD8<Float>.self)
    }
}
