#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

extension Elementwise {
    /// The scalar reference of the same op computed in Double then rounded, used by tests.
    public static func unaryReference(_ op: UnaryKernel, _ x: Float) -> Float {
        let d = Double(x)
        let r: Double
        switch op {
        case .neg: r = -d
        case .exp: r = exp(d)
        case .log: r = log(d)
        case .sqrt: r = d.squareRoot()
        case .abs: r = Swift.abs(d)
        case .tanh: r = tanh(d)
        case .sigmoid: r = 1 / (1 + exp(-d))
        case .relu: r = d > 0 || d.isNaN ? d : 0
        case .gelu: r = d == -.infinity ? -0.0 : 0.5 * d * erfc(-d / 2.0.squareRoot())
        case .geluTanh:
            // x·σ(2u) equals 0.5·x·(1+tanh u) but stays accurate for x ≪ 0 even in Double.
            let u = (2 / Double.pi).squareRoot() * (d + 0.044715 * d * d * d)
            r = d == -.infinity ? -0.0 : d / (1 + exp(-2 * u))
        case .softplus: r = Swift.max(d, 0) + log1p(exp(-Swift.abs(d)))
        case .logsigmoid: r = Swift.min(d, 0) - log1p(exp(-Swift.abs(d)))
        case .square: r = d * d
        case .reciprocal: r = 1 / d
        case .sign: r = d.isNaN ? d : (d > 0 ? 1 : (d < 0 ? -1 : 0))
        case .step: r = d > 0 ? 1 : 0
        }
        return Float(r)
    }

    /// The scalar reference of a binary op computed in Double then rounded, used by tests.
    public static func binaryReference(_ op: BinaryKernel, _ a: Float, _ b: Float) -> Float {
        let x = Double(a), y = Double(b)
        switch op {
        case .add: return Float(x + y)
        case .sub: return Float(x - y)
        case .mul: return Float(x * y)
        case .div: return Float(x / y)
        case .pow: return Float(pow(x, y))
        case .maximum: return x.isNaN || y.isNaN ? .nan : Float(Swift.max(x, y))
        case .minimum: return x.isNaN || y.isNaN ? .nan : Float(Swift.min(x, y))
        case .equal: return x == y ? 1 : 0
        case .notEqual: return x != y ? 1 : 0
        case .less: return x < y ? 1 : 0
        case .lessEqual: return x <= y ? 1 : 0
        case .greater: return x > y ? 1 : 0
        case .greaterEqual: return x >= y ? 1 : 0
        }
    }
}
