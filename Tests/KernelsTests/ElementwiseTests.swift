import XCTest
import Kernels

final class ElementwiseTests: XCTestCase {
    /// Values where range reduction, overflow, underflow and special-case branches switch.
    static let edgeValues: [Float] = [
        0, -0.0, 1e-30, -1e-30, denormal, -denormal, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
        .leastNormalMagnitude, -.leastNormalMagnitude, 1, -1, 0.5, -0.5, 0.625, -0.625, 2.5, -2.5,
        9, -9, 14, -14, 20, -20, 44, -44, 87.3, -87.3, 88.7, -88.7, 88.73, -88.73, 89, -89,
        100, -100, -103, -103.9, -104, -150, 1e10, -1e10, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
        .infinity, -.infinity, .nan,
    ]

    /// Allowed error in ulps of the Double reference; geluTanh also loses ~4 ulp per unit of |2u| because u is rounded.
    private func tolerance(_ op: UnaryKernel, _ x: Float) -> Int {
        switch op {
        case .neg, .abs, .relu, .square, .reciprocal, .sign, .step, .sqrt: return 0
        case .exp, .log, .sigmoid, .tanh: return 3
        case .softplus, .logsigmoid, .gelu: return 4
        case .geluTanh:
            let u = 0.7978845608 * Double(x) * (1 + 0.044715 * Double(x) * Double(x))
            let extra = 8 * abs(u)
            return extra.isFinite ? 4 + Int(min(extra, 1e9)) : 4
        }
    }

    private func checkUnary(_ op: UnaryKernel, _ input: [Float], file: StaticString = #filePath, line: UInt = #line) {
        var output = [Float](repeating: .nan, count: input.count)
        input.withUnsafeBufferPointer { x in
            output.withUnsafeMutableBufferPointer { y in
                if let xb = x.baseAddress, let yb = y.baseAddress {
                    Elementwise.unary(op, xb, yb, count: input.count)
                }
            }
        }
        for (x, got) in zip(input, output) {
            let want = Elementwise.unaryReference(op, x)
            let error = ulpDistance(got, want)
            if error > tolerance(op, x) {
                XCTFail("\(op)(\(x)) = \(got), reference \(want), \(error) ulp", file: file, line: line)
                return
            }
        }
    }

    /// Input range where each function does something interesting (and beyond).
    private func range(_ op: UnaryKernel) -> (Float, Float) {
        switch op {
        case .exp, .sigmoid, .softplus, .logsigmoid: return (-110, 95)
        case .log, .sqrt: return (-1, 1000)
        case .tanh: return (-12, 12)
        case .gelu, .geluTanh: return (-16, 16)
        default: return (-100, 100)
        }
    }

    func testUnaryMatchesReferenceAtOddSizes() {
        var rng = TestRandom(seed: 7)
        for op in UnaryKernel.allCases {
            let (lo, hi) = range(op)
            for size in oddSizes {
                checkUnary(op, rng.array(size, lo, hi))
            }
        }
    }

    func testUnaryEdgeValues() {
        for op in UnaryKernel.allCases {
            checkUnary(op, Self.edgeValues)
        }
    }

    func testUnaryNearZeroAndBranchPoints() {
        var rng = TestRandom(seed: 11)
        for op in UnaryKernel.allCases {
            checkUnary(op, rng.array(800, -1, 1))
            checkUnary(op, rng.array(400, -3, 3))
            checkUnary(op, rng.array(200, 0, 1e-3))
        }
    }

    func testUnaryRandomBitPatterns() {
        var rng = TestRandom(seed: 13)
        let input = (0..<4000).map { _ in rng.anyFloat() }
        for op in UnaryKernel.allCases { checkUnary(op, input) }
    }

    func testLogOfDenormalsAndPowersOfTwo() {
        let input: [Float] = (0..<280).map { Float(sign: .plus, exponent: $0 - 149, significand: 1) }
            + (0..<100).map { Float(bitPattern: UInt32($0 * 9973 + 1)) }
        checkUnary(.log, input)
        checkUnary(.exp, input.map { -$0 })
    }

    func testInPlaceUnary() {
        var values: [Float] = [-2, -1, 0, 1, 2, 3, 4, 5, 6]
        values.withUnsafeMutableBufferPointer { p in
            Elementwise.unary(.square, UnsafePointer(p.base), p.base, count: p.count)
        }
        XCTAssertEqual(values, [4, 1, 0, 1, 4, 9, 16, 25, 36])
    }

    func testPowScalarMatchesPowf() {
        var rng = TestRandom(seed: 17)
        let exponents: [Float] = [0, 1, 2, -1, 0.5, 3, -2, 1.5, -0.5, 2.5, 10, 0.333333, -7, .infinity, -.infinity, .nan]
        let input = rng.array(37, -4, 4) + Self.edgeValues
        for p in exponents {
            var output = [Float](repeating: 0, count: input.count)
            input.withUnsafeBufferPointer { x in
                output.withUnsafeMutableBufferPointer { y in
                    Elementwise.powScalar(x.base, p, y.base, count: input.count)
                }
            }
            for (x, got) in zip(input, output) {
                let want = Elementwise.binaryReference(.pow, x, p)
                XCTAssertLessThanOrEqual(ulpDistance(got, want), 1, "pow(\(x), \(p)) = \(got), want \(want)")
            }
        }
    }

    func testClamp() {
        let input: [Float] = [-5, -1, 0, 0.5, 1, 5, .nan, .infinity, -.infinity]
        var output = [Float](repeating: 0, count: input.count)
        for (lo, hi) in [(Float(-1), Float(1)), (-.infinity, 0.5), (0, .infinity)] {
            input.withUnsafeBufferPointer { x in
                output.withUnsafeMutableBufferPointer { y in
                    Elementwise.clamp(x.base, lo: lo, hi: hi, y.base, count: input.count)
                }
            }
            for (x, got) in zip(input, output) {
                let want = x.isNaN ? x : min(max(x, lo), hi)
                XCTAssertEqual(ulpDistance(got, want), 0, "clamp(\(x), \(lo), \(hi)) = \(got)")
            }
        }
    }

    func testLargeCountsUseTheThreadedSplitCorrectly() {
        let saved = Threading.maxThreads
        defer { Threading.maxThreads = saved }
        Threading.maxThreads = 2
        var rng = TestRandom(seed: 19)
        let count = (1 << 18) + 13  // above the threading threshold
        let a = rng.array(count, -5, 5)
        let b = rng.array(count, -5, 5)
        var z = [Float](repeating: 0, count: count)
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                z.withUnsafeMutableBufferPointer { pz in
                    Elementwise.binary(.mul, pa.base, pb.base, pz.base, count: count)
                }
            }
        }
        for i in Swift.stride(from: 0, to: count, by: 97) { XCTAssertEqual(z[i], a[i] * b[i]) }
        XCTAssertEqual(z[count - 1], a[count - 1] * b[count - 1])
        checkUnary(.exp, a)
    }
}
