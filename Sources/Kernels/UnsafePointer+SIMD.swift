/// Unaligned SIMD8 loads and stores: the compiler emits plain vmovups, which costs nothing extra on aligned data.
extension UnsafePointer where Pointee == Float {
    @inline(__always)
    func loadVector() -> SIMD8<Float> {
        UnsafeRawPointer(self).loadUnaligned(as: SIMD8<Float>.self)
    }
}
