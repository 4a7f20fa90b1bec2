extension Gemm {
    /// The three strided operands of one product, bundled so sub-blocks can be carved out cheaply.
    struct Operands {
        let a: UnsafePointer<Float>
        let aRowStride: Int
        let aColStride: Int
        let b: UnsafePointer<Float>
        let bRowStride: Int
        let bColStride: Int
        let c: UnsafeMutablePointer<Float>
        let cRowStride: Int

        /// The same product restricted to rows `row...` of A and C.
        func rows(from row: Int) -> Operands {
            Operands(a: a + row * aRowStride, aRowStride: aRowStride, aColStride: aColStride,
                     b: b, bRowStride: bRowStride, bColStride: bColStride,
                     c: c + row * cRowStride, cRowStride: cRowStride)
        }

        /// The same product restricted to columns `column...` of B and C.
        func columns(from column: Int) -> Operands {
            Operands(a: a, aRowStride: aRowStride, aColStride: aColStride,
                     b: b + column * bColStride, bRowStride: bRowStride, bColStride: bColStride,
                     c: c + column, cRowStride: cRowStride)
        }

        /// C = 0 over the m×n window.
        func zeroC(m: Int, n: Int) {
            for i in 0..<m {
                (c + i * cRowStride).update(repeating: 0, count: n)
            }
        }
    }
}
