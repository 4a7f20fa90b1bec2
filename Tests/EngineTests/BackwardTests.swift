import Engine
import TestSupport
import XCTest

final class BackwardTests: XCTestCase {
    func testGradientsAccumulateIntoLeaves() throws {
        let w = try Tensor(shape: [2], values: [1, 2], requiresGrad: true)
        try (w * w).sum().backward()
        XCTAssertEqual(w.grad?.scalars, [2, 4])
        try (w * 3).sum().backward()
        XCTAssertEqual(w.grad?.scalars, [5, 7])
        w.zeroGrad()
        XCTAssertNil(w.grad)
    }

    func testSharedSubexpressionGetsBothContributions() throws {
        let x = try Tensor(shape: [1], values: [3], requiresGrad: true)
        let y = x * 2
        try (y * y + y).sum().backward()   // d/dx (4x² + 2x) = 8x + 2
        XCTAssertEqual(x.grad?.scalars, [26])
    }

    func testBackwardNeedsScalarOrSeed() throws {
        let x = try Tensor(shape: [2], values: [1, 2], requiresGrad: true)
        XCTAssertThrowsError(try (x * 2).backward()) { XCTAssertTrue("\($0)".contains("needs a scalar")) }
        try (x * 2).backward(gradient: Tensor(shape: [2], values: [1, 10]))
        XCTAssertEqual(x.grad?.scalars, [2, 20])
        XCTAssertThrowsError(try Tensor.zeros([1]).backward()) { XCTAssertTrue("\($0)".contains("does not require grad")) }
    }

    func testSecondBackwardThroughFreedGraphIsAClearError() throws {
        let x = try Tensor(shape: [2], values: [1, 2], requiresGrad: true)
        let loss = try x.apply(.exp).sum()
        try loss.backward()
        XCTAssertThrowsError(try loss.backward()) { XCTAssertTrue("\($0)".contains("already freed")) }
        let kept = try x.apply(.exp).sum()
        try kept.backward(retainGraph: true)
        try kept.backward()
    }

    func testGraphSurvivesBackwardForDrawing() throws {
        let x = try Tensor(shape: [2], values: [1, 2], requiresGrad: true)
        x.name = "x"
        let loss = try x.apply(.exp).sum()
        try loss.backward()
        let snapshot = loss.graphSnapshot()
        XCTAssertEqual(snapshot.nodes.map(\.label), ["x", "exp", "sum", "output"])
        XCTAssertEqual(snapshot.nodes.map(\.kind), [.parameter, .op, .op, .output])
    }

    func testNoGradAndDetach() throws {
        let x = try Tensor(shape: [2], values: [1, 2], requiresGrad: true)
        let y = Autograd.noGrad { x * 2 }
        XCTAssertFalse(y.requiresGrad)
        XCTAssertFalse(x.detach().requiresGrad)
        XCTAssertTrue((x * 2).requiresGrad)
    }

    func testLongChainDoesNotOverflowTheStack() throws {
        let x = try Tensor(shape: [1], values: [1], requiresGrad: true)
        var y = x
        for _ in 0..<100_000 { y = y + 0 }
        try y.sum().backward()
        XCTAssertEqual(x.grad?.scalars, [1])
        y = x  // releasing the 100,000-node chain must not recurse either
    }

    /// Regression: a strided (transposed) gradient accumulated into an existing grad used to be
    /// read from a temporary copy that had already been freed.
    func testAccumulatingStridedGradientsIntoExistingGrad() throws {
        let x = testTensor([3, 6, 64], seed: 40), w = testTensor([16, 64], seed: 41)
        w.requiresGrad = true
        func f() throws -> Tensor { try x.matmul(w.transpose()).pow(2).sum() }
        let expected = try Autograd.noGrad {
            try x.matmul(w.transpose()).reshape([-1, 16]).transpose().matmul(x.reshape([-1, 64])).apply(.mul, scalar: 4)
        }
        try (f() + f()).backward()
        assertAllClose(w.grad?.scalars ?? [], expected.scalars, atol: 1e-3, rtol: 1e-4)
        w.zeroGrad()
        try f().backward()
        try f().backward()
        assertAllClose(w.grad?.scalars ?? [], expected.scalars, atol: 1e-3, rtol: 1e-4)
    }

    func testNormOfViewsMatchesNormOfCopies() throws {
        let x = testTensor([3, 4, 5], seed: 77)
        let expected = x.l2Norm()
        let views = [try x.permute([2, 0, 1]), try x.transpose(0, 2), try x.reshape([12, 5]).transpose()]
        for view in views {
            XCTAssertEqual(view.l2Norm(), expected, accuracy: 1e-12 * expected)
            XCTAssertEqual(view.l2Norm(), view.contiguous().l2Norm(), accuracy: 1e-12 * expected)
        }
        // Broadcast and sliced views are not dense: they go through a copy and count every element.
        let row = testTensor([1, 5], seed: 78)
        let expanded = try row.expand([4, 5])
        XCTAssertEqual(expanded.l2Norm(), 2 * row.l2Norm(), accuracy: 1e-9)
        let sliced = try x.slice([.all, .all, SliceRange(start: 0, end: 5, step: 2)])
        XCTAssertEqual(sliced.l2Norm(), sliced.contiguous().l2Norm(), accuracy: 1e-12 * expected)
    }
}
