import Engine
import XCTest

final class LRScheduleTests: XCTestCase {
    func testConstant() {
        XCTAssertEqual(LRSchedule.constant(0.1).lr(at: 0), 0.1)
        XCTAssertEqual(LRSchedule.constant(0.1).lr(at: 1000), 0.1)
    }

    func testLinearWarmupReachesPeakAtLastWarmupStep() {
        let s = LRSchedule.linearWarmup(peak: 1, warmup: 4)
        XCTAssertEqual((0..<6).map { s.lr(at: $0) }, [0.25, 0.5, 0.75, 1, 1, 1])
        XCTAssertEqual(s.lr(at: -3), 0.25)
        XCTAssertEqual(LRSchedule.linearWarmup(peak: 2, warmup: 0).lr(at: 0), 2)
    }

    func testCosineWithWarmup() {
        let s = LRSchedule.cosine(peak: 1, warmup: 2, total: 12, minimum: 0.1)
        XCTAssertEqual(s.lr(at: 0), 0.5)
        XCTAssertEqual(s.lr(at: 1), 1)
        XCTAssertEqual(s.lr(at: 2), 1, accuracy: 1e-15)
        XCTAssertEqual(s.lr(at: 7), 0.55, accuracy: 1e-12)   // halfway: the mean of peak and minimum
        XCTAssertEqual(s.lr(at: 12), 0.1, accuracy: 1e-15)
        XCTAssertEqual(s.lr(at: 50), 0.1, accuracy: 1e-15)
        let values = (2...12).map { s.lr(at: $0) }
        XCTAssertEqual(values, values.sorted(by: >), "monotone after warm-up")
    }

    func testLinearDecay() {
        let s = LRSchedule.linearDecay(peak: 1, warmup: 1, total: 5, end: 0)
        XCTAssertEqual((0..<7).map { s.lr(at: $0) }, [1, 1, 0.75, 0.5, 0.25, 0, 0])
    }

    func testApplySetsOptimizerRateForItsNextStep() throws {
        let w = Tensor.zeros([1], requiresGrad: true)
        let opt = try SGD([("w", w)], lr: 0)
        let s = LRSchedule.linearWarmup(peak: 1, warmup: 2)
        s.apply(to: opt)
        XCTAssertEqual(opt.learningRate, 0.5)
        w.grad = Tensor.ones([1])
        try opt.step()
        s.apply(to: opt)
        XCTAssertEqual(opt.learningRate, 1)
    }
}
