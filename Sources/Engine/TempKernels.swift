// TEMPORARY scalar stand-ins until the Kernels target lands; deleted then.
import Foundation
public enum UnaryKernel: Int, CaseIterable, Sendable { case neg, exp, log, sqrt, abs, tanh, sigmoid, relu, gelu, geluTanh, softplus, logsigmoid, square, reciprocal, sign, step }
public enum BinaryKernel: Int, CaseIterable, Sendable { case add, sub, mul, div, pow, maximum, minimum, equal, notEqual, less, lessEqual, greater, greaterEqual }
public enum ReduceKernel: Int, CaseIterable, Sendable { case sum, max, min }
public enum Elementwise {
    public static func unaryReference(_ op: UnaryKernel, _ xf: Float) -> Float {
        let x = Double(xf)
        let r: Double
        switch op {
        case .neg: r = -x
        case .exp: r = Foundation.exp(x)
        case .log: r = Foundation.log(x)
        case .sqrt: r = x.squareRoot()
        case .abs: r = Swift.abs(x)
        case .tanh: r = Foundation.tanh(x)
        case .sigmoid: r = 1 / (1 + Foundation.exp(-x))
        case .relu: r = Swift.max(x, 0)
        case .gelu: r = 0.5 * x * (1 + erf(x / 2.0.squareRoot()))
        case .geluTanh: r = 0.5 * x * (1 + Foundation.tanh((2 / Double.pi).squareRoot() * (x + 0.044715 * x * x * x)))
        case .softplus: r = Swift.max(x, 0) + log1p(Foundation.exp(-Swift.abs(x)))
        case .logsigmoid: r = Swift.min(x, 0) - log1p(Foundation.exp(-Swift.abs(x)))
        case .square: r = x * x
        case .reciprocal: r = 1 / x
        case .sign: r = x > 0 ? 1 : (x < 0 ? -1 : 0)
        case .step: r = x > 0 ? 1 : 0
        }
        return Float(r)
    }
    public static func unary(_ op: UnaryKernel, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count { y[i] = unaryReference(op, x[i]) }
    }
    static func powScalar(_ x: UnsafePointer<Float>, _ p: Float, _ y: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count { y[i] = Foundation.pow(x[i], p) }
    }
    static func clamp(_ x: UnsafePointer<Float>, lo: Float, hi: Float, _ y: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count { y[i] = Swift.min(Swift.max(x[i], lo), hi) }
    }
    public static func binaryReference(_ op: BinaryKernel, _ a: Float, _ b: Float) -> Float {
        switch op {
        case .add: return a + b
        case .sub: return a - b
        case .mul: return a * b
        case .div: return a / b
        case .pow: return Foundation.pow(a, b)
        case .maximum: return Swift.max(a, b)
        case .minimum: return Swift.min(a, b)
        case .equal: return a == b ? 1 : 0
        case .notEqual: return a != b ? 1 : 0
        case .less: return a < b ? 1 : 0
        case .lessEqual: return a <= b ? 1 : 0
        case .greater: return a > b ? 1 : 0
        case .greaterEqual: return a >= b ? 1 : 0
        }
    }
    public static func binary(_ op: BinaryKernel, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ z: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count { z[i] = binaryReference(op, a[i], b[i]) }
    }
    public static func binary(_ op: BinaryKernel, _ a: UnsafePointer<Float>, scalar s: Float, _ z: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count { z[i] = binaryReference(op, a[i], s) }
    }
    public static func binary(_ op: BinaryKernel, scalar s: Float, _ b: UnsafePointer<Float>, _ z: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count { z[i] = binaryReference(op, s, b[i]) }
    }
    static func select(_ c: UnsafePointer<Float>, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ z: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count { z[i] = c[i] != 0 ? a[i] : b[i] }
    }
    static func axpy(_ a: Float, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count { y[i] += a * x[i] }
    }
}
enum Reduction {
    static func reduce(_ op: ReduceKernel, _ x: UnsafePointer<Float>, count: Int) -> Float { reduce(op, x, count: count, stride: 1) }
    static func reduce(_ op: ReduceKernel, _ x: UnsafePointer<Float>, count: Int, stride: Int) -> Float {
        var acc: Double = op == .sum ? 0 : Double(x[0])
        for i in 0..<count { let v = Double(x[i * stride]); switch op { case .sum: acc += v; case .max: acc = Swift.max(acc, v); case .min: acc = Swift.min(acc, v) } }
        return Float(acc)
    }
    static func reduceMiddle(_ op: ReduceKernel, _ x: UnsafePointer<Float>, outer: Int, n: Int, inner: Int, _ out: UnsafeMutablePointer<Float>) {
        for o in 0..<outer { for i in 0..<inner { out[o * inner + i] = reduce(op, x + o * n * inner + i, count: n, stride: inner) } }
    }
    static func argmax(_ x: UnsafePointer<Float>, count: Int, stride: Int) -> Int {
        var best = 0
        for i in 1..<Swift.max(count, 1) where x[i * stride] > x[best * stride] { best = i }
        return best
    }
    static func argmin(_ x: UnsafePointer<Float>, count: Int, stride: Int) -> Int {
        var best = 0
        for i in 1..<Swift.max(count, 1) where x[i * stride] < x[best * stride] { best = i }
        return best
    }
}
