import XCTest
import Kernels

final class ElementwiseBinaryTests: XCTestCase {
    private let edges: [Float] = [
        0, -0.0, 1, -1, 2, -2, 0.5, -0.5, 3, -3, 1e-30, denormal, -denormal, 88.7, -100, 1e30, -1e30,
        .greatestFiniteMagnitude, .infinity, -.infinity, .nan,
    ]

    /// pow goes through exp/log in Double and may be 1 ulp off; everything else must be exact.
    private func tolerance(_ op: BinaryKernel) -> Int { op == .pow ? 1 : 0 }

    private func check(_ op: BinaryKernel, _ a: [Float], _ b: [Float], file: StaticString = #filePath, line: UInt = #line) {
        let count = a.count
        var z = [Float](repeating: .nan, count: count)
        var left = z, right = z
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                guard let x = pa.baseAddress, let y = pb.baseAddress else { return }
                z.withUnsafeMutableBufferPointer { Elementwise.binary(op, x, y, $0.base, count: count) }
                if count > 0 {
                    right.withUnsafeMutableBufferPointer { Elementwise.binary(op, x, scalar: b[0], $0.base, count: count) }
                    left.withUnsafeMutableBufferPointer { Elementwise.binary(op, scalar: a[0], y, $0.base, count: count) }
                }
            }
        }
        for i in 0..<count {
            let want = Elementwise.binaryReference(op, a[i], b[i])
            guard ulpDistance(z[i], want) <= tolerance(op) else {
                XCTFail("\(op)(\(a[i]), \(b[i])) = \(z[i]), reference \(want)", file: file, line: line)
                return
            }
            let wantRight = Elementwise.binaryReference(op, a[i], b[0])
            let wantLeft = Elementwise.binaryReference(op, a[0], b[i])
            guard ulpDistance(right[i], wantRight) <= tolerance(op), ulpDistance(left[i], wantLeft) <= tolerance(op) else {
                XCTFail("\(op) scalar broadcast at \(i): \(right[i]) vs \(wantRight), \(left[i]) vs \(wantLeft)",
                        file: file, line: line)
                return
            }
        }
    }

    func testBinaryMatchesReferenceAtOddSizes() {
        var rng = TestRandom(seed: 23)
        for op in BinaryKernel.allCases {
            for size in oddSizes {
                let a = rng.array(size, -4, 4)
                var b = rng.array(size, -4, 4)
                // Make ties common so equality-type ops see both outcomes.
                for i in Swift.stride(from: 0, to: size, by: 3) { b[i] = a[i] }
                check(op, a, b)
            }
        }
    }

    func testBinaryEdgeValuePairs() {
        var a: [Float] = [], b: [Float] = []
        for x in edges {
            for y in edges {
                a.append(x)
                b.append(y)
            }
        }
        for op in BinaryKernel.allCases { check(op, a, b) }
    }

    func testPowSpecialCasesMatchPowf() {
        let cases: [(Float, Float, Float)] = [
            (-2, 3, -8), (-2, 2, 4), (-2, 0.5, .nan), (-0.0, -1, -.infinity), (0, -1, .infinity),
            (-0.0, 3, -0.0), (-0.0, 0.5, 0), (-.infinity, 3, -.infinity), (-.infinity, -3, -0.0),
            (-.infinity, 0.5, .infinity), (-1, .infinity, 1), (1, .nan, 1), (.nan, 0, 1),
            (0.5, .infinity, 0), (2, .infinity, .infinity), (0.5, -.infinity, .infinity), (2, -1e10, 0),
        ]
        for (x, y, want) in cases {
            XCTAssertEqual(ulpDistance(Elementwise.binaryReference(.pow, x, y), want), 0, "reference pow(\(x), \(y))")
            check(.pow, [x], [y])
        }
    }

    func testSelect() {
        var rng = TestRandom(seed: 29)
        for size in oddSizes {
            let cond = (0..<size).map { i -> Float in [0, 1, -0.0, .nan, 2][i % 5] }
            let a = rng.array(size), b = rng.array(size)
            var z = [Float](repeating: 0, count: size)
            cond.withUnsafeBufferPointer { pc in
                a.withUnsafeBufferPointer { pa in
                    b.withUnsafeBufferPointer { pb in
                        z.withUnsafeMutableBufferPointer { pz in
                            guard size > 0 else { return }
                            Elementwise.select(pc.base, pa.base, pb.base, pz.base, count: size)
                        }
                    }
                }
            }
            for i in 0..<size { XCTAssertEqual(z[i], cond[i] != 0 ? a[i] : b[i], "select at \(i) of \(size)") }
        }
    }

    func testAxpy() {
        var rng = TestRandom(seed: 31)
        for size in oddSizes {
            let x = rng.array(size)
            let y0 = rng.array(size)
            var y = y0
            x.withUnsafeBufferPointer { px in
                y.withUnsafeMutableBufferPointer { py in
                    guard size > 0 else { return }
                    Elementwise.axpy(-0.75, px.base, py.base, count: size)
                }
            }
            for i in 0..<size {
                let want = Float(Double(y0[i]) + -0.75 * Double(x[i]))
                XCTAssertLessThanOrEqual(ulpDistance(y[i], want), 1, "axpy at \(i) of \(size)")
            }
        }
    }

    func testComparisonsProduceOneOrZero() {
        let a: [Float] = [1, 2, 3, .nan, 5, -0.0, 7, 8, 9]
        let b: [Float] = [1, 3, 2, .nan, 5, 0, 0, 9, 8]
        var z = [Float](repeating: 7, count: a.count)
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                z.withUnsafeMutableBufferPointer { pz in
                    Elementwise.binary(.lessEqual, pa.base, pb.base, pz.base, count: a.count)
                }
            }
        }
        XCTAssertEqual(z, [1, 1, 0, 0, 1, 1, 0, 1, 0])
    }
}
