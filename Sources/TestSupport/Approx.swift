import Engine
import XCTest

/// Asserts that two arrays of numbers agree within `atol + rtol·|expected|` element by element.
public func assertAllClose(_ actual: [Float], _ expected: [Float], atol: Float = 1e-5, rtol: Float = 1e-5,
                           _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
    guard actual.count == expected.count else {
        XCTFail("count \(actual.count) != \(expected.count) \(message)", file: file, line: line)
        return
    }
    for (i, (a, e)) in zip(actual, expected).enumerated() {
        if a.isNaN && e.isNaN { continue }
        if a == e { continue }
        if !(abs(a - e) <= atol + rtol * abs(e)) {
            XCTFail("element \(i): \(a) vs expected \(e) \(message)", file: file, line: line)
            return
        }
    }
}

/// Asserts that a tensor has `shape` and values close to `expected`.
public func assertTensor(_ t: Tensor, shape: [Int], _ expected: [Float], atol: Float = 1e-5,
                         file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(t.shape, shape, "shape", file: file, line: line)
    assertAllClose(t.scalars, expected, atol: atol, rtol: 1e-5, file: file, line: line)
}

/// Runs a finite-difference gradient check and fails the test for any input outside tolerance.
public func assertGradients(_ name: String, inputs: [Tensor], atol: Double = 2e-3, rtol: Double = 2e-2,
                            file: StaticString = #filePath, line: UInt = #line,
                            _ f: @escaping ([Tensor]) throws -> Tensor) {
    do {
        let reports = try GradCheck.check(f, inputs: inputs, atol: atol, rtol: rtol)
        for r in reports where !r.passed {
            XCTFail("\(name): gradient of input \(r.index) off by \(r.maxAbsError) (rel \(r.maxRelError))", file: file, line: line)
        }
    } catch {
        XCTFail("\(name): \(error)", file: file, line: line)
    }
}

/// A seeded random tensor for tests, drawn from its own generator so tests don't disturb each other.
public func testTensor(_ shape: [Int], seed: UInt64 = 1, low: Double = -1, high: Double = 1) -> Tensor {
    var g = RandomGenerator(seed: seed)
    let n = shape.reduce(1, *)
    let values = (0..<n).map { _ in Float(low + (high - low) * g.nextUniform()) }
    return (try? Tensor(shape: shape, values: values)) ?? Tensor(scalar: 0)
}
