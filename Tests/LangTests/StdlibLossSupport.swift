import Engine
import Foundation
import Stdlib
import XCTest
@testable import Lang

/// A problem with the reference fixture or with Alinea code run by the loss tests.
struct LossTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The PyTorch reference values of the alignment losses, `../shared/fixtures/alignment_reference.json`
/// beside the package (written by `python3 ../shared/fixtures/ref_losses.py --dump FILE`).
struct LossFixture {
    /// The environment variable that turns a missing fixture into a skip instead of a failure.
    static let skipVariable = "ALINEA_NO_SHARED"

    /// The fixture's path, found from this file's real location: this file is in
    /// `<root>/Tests/LangTests/` and `shared/` is the sibling of the package root `<root>`. Symlinks are resolved first so a
    /// reduced package whose `Tests/LangTests` links here finds the same file.
    static var path: String {
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("shared/fixtures/alignment_reference.json").path
    }

    let sections: [String: Any]

    /// Loads the fixture; a missing file fails the test, or skips it when ALINEA_NO_SHARED=1.
    static func load() throws -> LossFixture {
        let path = Self.path
        guard let data = FileManager.default.contents(atPath: path) else {
            if ProcessInfo.processInfo.environment[skipVariable] == "1" {
                throw XCTSkip("fixture \(path) not found and \(skipVariable)=1")
            }
            throw LossTestError("the reference fixture \(path) is missing: the loss tests compare against it. "
                                + "Check out ../shared beside the package, or set \(skipVariable)=1 to skip these tests.")
        }
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw LossTestError("\(path): the top level is not an object")
        }
        return LossFixture(sections: root)
    }

    /// One method's entry (`dpo`, `mrpo`, `tnt`, ...).
    func section(_ name: String) throws -> FixtureSection {
        guard let values = sections[name] as? [String: Any] else {
            throw LossTestError("fixture has no section '\(name)' (has \(sections.keys.sorted()))")
        }
        return FixtureSection(name: name, values: values)
    }
}

/// One section of the fixture: named numbers and nested arrays.
struct FixtureSection {
    let name: String
    let values: [String: Any]

    /// A nested sub-section (`tnt.TNFF`).
    func section(_ key: String) throws -> FixtureSection {
        guard let v = values[key] as? [String: Any] else { throw LossTestError("\(name).\(key) is not an object") }
        return FixtureSection(name: "\(name).\(key)", values: v)
    }

    func number(_ key: String) throws -> Double {
        guard let n = values[key] as? NSNumber else { throw LossTestError("\(name).\(key) is not a number") }
        return n.doubleValue
    }

    func array(_ key: String) throws -> FixtureArray {
        guard let v = values[key] else { throw LossTestError("\(name) has no key '\(key)'") }
        return try FixtureArray(v, what: "\(name).\(key)")
    }
}

/// A rectangular nested JSON array of numbers, flattened row-major.
struct FixtureArray {
    var shape: [Int] = []
    var values: [Double] = []

    init(shape: [Int], values: [Double]) {
        self.shape = shape
        self.values = values
    }

    init(_ json: Any, what: String) throws {
        func walk(_ node: Any, depth: Int) throws {
            if let n = node as? NSNumber {
                guard depth == shape.count else { throw LossTestError("\(what) is not rectangular") }
                values.append(n.doubleValue)
                return
            }
            guard let items = node as? [Any] else { throw LossTestError("\(what) holds a non-number") }
            if depth == shape.count { shape.append(items.count) }
            guard shape[depth] == items.count else { throw LossTestError("\(what) is not rectangular") }
            for item in items { try walk(item, depth: depth + 1) }
        }
        try walk(json, depth: 0)
    }

    /// The largest magnitude (the scale of the gradient tolerance).
    var maxMagnitude: Double { values.map(abs).max() ?? 0 }

    func tensor(requiresGrad: Bool = false) throws -> Tensor {
        try Tensor(shape: shape, values: values.map(Float.init), requiresGrad: requiresGrad)
    }
}

/// A session with the embedded (or `$ALINEA_STDLIB`) standard library, for running losses.
final class LossSession {
    let session: Session
    private let printed = PrintedText()

    init() throws {
        let printed = printed
        session = Session(output: { printed.text += $0 })
        let sources = try Stdlib.files().map { SourceFile(name: "stdlib/\($0.name)", text: $0.source) }
        let problems = session.loadPrelude(sources)
        guard problems.isEmpty else {
            throw LossTestError("the stdlib does not load:\n" + DiagnosticRenderer().render(problems))
        }
    }

    /// What `print` wrote so far.
    var output: String { printed.text }

    /// Defines a global tensor from fixture data and returns it (a leaf, so its grad can be read).
    @discardableResult
    func define(_ name: String, _ array: FixtureArray, requiresGrad: Bool = false) throws -> Tensor {
        let t = try array.tensor(requiresGrad: requiresGrad)
        session.define(name, .tensor(t))
        return t
    }

    /// Defines a global tensor from a shape and values.
    @discardableResult
    func define(_ name: String, shape: [Int], _ values: [Double], requiresGrad: Bool = false) throws -> Tensor {
        try define(name, FixtureArray(shape: shape, values: values), requiresGrad: requiresGrad)
    }

    /// Runs code and returns the value of its last expression; errors carry the rendered diagnostics.
    @discardableResult
    func run(_ code: String) throws -> Value? {
        let result = session.run(code, name: "test.aln")
        guard result.succeeded else {
            throw LossTestError("Alinea error in:\n\(code)\n" + DiagnosticRenderer().render(result.diagnostics))
        }
        return result.value
    }

    func tensor(_ code: String) throws -> Tensor {
        guard case .tensor(let t)? = try run(code) else { throw LossTestError("not a tensor: \(code)") }
        return t
    }

    func number(_ code: String) throws -> Double {
        switch try run(code) {
        case .number(let x)?: return x
        case .tensor(let t)? where t.count == 1: return Double(t.scalars[0])
        default: throw LossTestError("not a number: \(code)")
        }
    }

    /// The diagnostics' text of code that must fail.
    func failure(_ code: String) -> String? {
        let result = session.run(code, name: "test.aln")
        return result.succeeded ? nil : DiagnosticRenderer().render(result.diagnostics)
    }
}

/// Collects printed text for a session (a class, so the output closure can share it).
private final class PrintedText: @unchecked Sendable {
    var text = ""
}

/// Checks a loss value against the reference: relative error at most `rtol` (1e-5 by default).
/// Returns the observed relative error.
@discardableResult
func assertLoss(_ actual: Double, _ expected: Double, rtol: Double = 1e-5, _ what: String,
                file: StaticString = #filePath, line: UInt = #line) -> Double {
    let error = abs(actual - expected) / max(abs(expected), 1e-30)
    XCTAssertLessThanOrEqual(error, rtol, "\(what): \(actual) vs reference \(expected)", file: file, line: line)
    print("[fixture] \(what): relative error \(error)")
    return error
}

/// Checks values elementwise against the reference: absolute error at most `factor` times the
/// largest reference magnitude (1e-4 for gradients, as the issue asks). Returns the worst error.
@discardableResult
func assertValues(_ actual: Tensor?, _ expected: FixtureArray, factor: Double = 1e-4, _ what: String,
                  file: StaticString = #filePath, line: UInt = #line) -> Double {
    guard let actual else {
        XCTFail("\(what): no gradient", file: file, line: line)
        return .infinity
    }
    guard actual.shape == expected.shape else {
        XCTFail("\(what): shape \(actual.shape) vs reference \(expected.shape)", file: file, line: line)
        return .infinity
    }
    let worst = zip(actual.scalars, expected.values).map { abs(Double($0) - $1) }.max() ?? 0
    let bound = factor * expected.maxMagnitude
    XCTAssertLessThanOrEqual(worst, bound, "\(what): max abs error \(worst) > \(bound)", file: file, line: line)
    print("[fixture] \(what): max abs error \(worst) (bound \(bound), \(worst / max(expected.maxMagnitude, 1e-30)) of max |ref|)")
    return worst
}
