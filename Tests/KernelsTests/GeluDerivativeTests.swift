import Foundation
import Kernels
import XCTest

/// The fused GELU backward kernels against a Double reference over a wide range, including the tails.
final class GeluDerivativeTests: XCTestCase {
    func testMatchesDoubleReference() {
        var xs: [Float] = [0, -0.0, 0.5, -0.5, 0.49, 0.51, 1, -1, 3, -3, 9.9, -9.9, 12, -12, .infinity, -.infinity]
        for i in 0..<2001 { xs.append(Float(-10 + Double(i) * 0.01)) }
        // The upstream gradient varies in sign and size so the fused multiply is checked too.
        let gs = xs.indices.map { Float(($0 % 7) - 3) * 0.75 }
        var ys = [Float](repeating: 0, count: xs.count)
        Elementwise.unary(.gelu, xs, &ys, count: xs.count)
        var exact = [Float](repeating: 0, count: xs.count), approx = exact
        Elementwise.geluBackward(xs, forward: ys, gradient: gs, into: &exact, count: xs.count, tanhApproximation: false)
        Elementwise.geluBackward(xs, forward: ys, gradient: gs, into: &approx, count: xs.count, tanhApproximation: true)
        let c = (2 / Double.pi).squareRoot()
        for (i, xf) in xs.enumerated() {
            let x = Double(xf)
            let reference: Double, referenceTanh: Double
            if x.isInfinite {
                reference = x > 0 ? 1 : 0
                referenceTanh = reference
            } else {
                reference = 0.5 * (1 + erf(x / 2.0.squareRoot())) + x * Foundation.exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
                let t = Foundation.tanh(c * (x + 0.044715 * x * x * x))
                referenceTanh = 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * c * (1 + 3 * 0.044715 * x * x)
            }
            let g = Double(gs[i])
            XCTAssertEqual(Double(exact[i]), g * reference, accuracy: 2e-6 * max(1, abs(g)), "exact at \(x)")
            XCTAssertEqual(Double(approx[i]), g * referenceTanh, accuracy: 2e-6 * max(1, abs(g)), "tanh at \(x)")
        }
    }
}
