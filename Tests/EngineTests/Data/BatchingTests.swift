import Engine
import TestSupport
import XCTest

final class BatchingTests: XCTestCase {
    func testLMBatchTargetsAreInputsShiftedByOne() throws {
        RandomGenerator.seed(7)
        let tokens = Array(0..<100)
        let (x, y) = try Batching.lmBatch(tokens, batchSize: 4, context: 8)
        XCTAssertEqual(x.shape, [4, 8])
        XCTAssertEqual(y.shape, [4, 8])
        let xs = x.scalars, ys = y.scalars
        for b in 0..<4 {
            let start = Int(xs[b * 8])
            XCTAssertEqual(Array(xs[(b * 8)..<(b * 8 + 8)]), (start..<(start + 8)).map(Float.init))
            XCTAssertEqual(Array(ys[(b * 8)..<(b * 8 + 8)]), ((start + 1)..<(start + 9)).map(Float.init))
            XCTAssertLessThanOrEqual(start + 8, 99)
        }
        RandomGenerator.seed(7)
        XCTAssertEqual(try Batching.lmBatch(tokens, batchSize: 4, context: 8).x.scalars, xs, "seeded")
        let fromTensor = try Batching.lmBatch(try Tensor(shape: [100], values: tokens.map(Float.init)), batchSize: 2, context: 3)
        XCTAssertEqual(fromTensor.x.shape, [2, 3])
    }

    func testLMBatchCoversEveryStart() throws {
        RandomGenerator.seed(1)
        let (x, y) = try Batching.lmBatch([5, 6, 7, 8], batchSize: 64, context: 2)
        XCTAssertEqual(Set(stride(from: 0, to: 128, by: 2).map { x.scalars[$0] }), [5, 6], "both windows of a 4-token stream occur")
        XCTAssertLessThanOrEqual(y.scalars.max() ?? 0, 8)
    }

    func testLMBatchErrors() {
        XCTAssertThrowsError(try Batching.lmBatch([1, 2, 3], batchSize: 1, context: 3)) { error in
            XCTAssertEqual("\(error)", "lm_batch: need more than 3 tokens for a window of 3 plus its target, got 3")
        }
        XCTAssertThrowsError(try Batching.lmBatch([1, 2, 3], batchSize: 0, context: 1))
        XCTAssertThrowsError(try Batching.lmBatch(Tensor.zeros([2, 2]), batchSize: 1, context: 1))
        XCTAssertThrowsError(try Batching.lmBatch(try Tensor(shape: [3], values: [1, 2.5, 3]), batchSize: 1, context: 1))
    }

    func testPreferenceBatchMasksAndLabels() throws {
        let pairs = [
            TokenizedPreference(prompt: [1, 2], chosen: [3, 4, 5], rejected: [6]),
            TokenizedPreference(prompt: [7], chosen: [8], rejected: [9, 10]),
        ]
        let batch = try PreferenceBatch(pairs, padID: 0)
        let ignore = Float(-100)
        assertTensor(batch.chosenInputIDs, shape: [2, 5], [1, 2, 3, 4, 5, 7, 8, 0, 0, 0])
        assertTensor(batch.chosenAttentionMask, shape: [2, 5], [1, 1, 1, 1, 1, 1, 1, 0, 0, 0])
        assertTensor(batch.chosenLabels, shape: [2, 5], [ignore, ignore, 3, 4, 5, ignore, 8, ignore, ignore, ignore])
        assertTensor(batch.rejectedInputIDs, shape: [2, 5], [1, 2, 6, 0, 0, 7, 9, 10, 0, 0])
        assertTensor(batch.rejectedAttentionMask, shape: [2, 5], [1, 1, 1, 0, 0, 1, 1, 1, 0, 0])
        assertTensor(batch.rejectedLabels, shape: [2, 5], [ignore, ignore, 6, ignore, ignore, ignore, 9, 10, ignore, ignore])
        XCTAssertEqual(batch.promptLengths, [2, 1])
    }

    func testPreferenceBatchTruncation() throws {
        let pair = TokenizedPreference(prompt: [1, 2, 3, 4], chosen: [5, 6, 7], rejected: [8])
        let batch = try PreferenceBatch([pair], padID: 99, maxLength: 5, maxPromptLength: 2)
        assertTensor(batch.chosenInputIDs, shape: [1, 5], [3, 4, 5, 6, 7])
        assertTensor(batch.chosenLabels, shape: [1, 5], [-100, -100, 5, 6, 7])
        assertTensor(batch.rejectedInputIDs, shape: [1, 5], [3, 4, 8, 99, 99])
        let cut = try PreferenceBatch([pair], padID: 0, maxLength: 6)
        assertTensor(cut.chosenInputIDs, shape: [1, 6], [1, 2, 3, 4, 5, 6])
        XCTAssertThrowsError(try PreferenceBatch([pair], padID: 0, maxLength: 4)) { error in
            XCTAssertTrue("\(error)".contains("pair 0: the prompt has 4 tokens"), "\(error)")
        }
        XCTAssertThrowsError(try PreferenceBatch([], padID: 0))
    }

    func testPreferenceBatchFromText() throws {
        let pairs = [PreferencePair(prompt: "Q:", chosen: "yes", rejected: "no")]
        let batch = try PreferenceBatch(pairs, tokenizer: ByteTokenizer(), padID: 0)
        XCTAssertEqual(batch.chosenInputIDs.scalars, "Q:yes".utf8.map { Float($0) })
        XCTAssertEqual(batch.rejectedLabels.scalars, [-100, -100, Float(UInt8(ascii: "n")), Float(UInt8(ascii: "o")), -100])
    }

    func testShuffleIsSeededAndAPermutation() throws {
        RandomGenerator.seed(3)
        let a = Batching.shuffled(Array(0..<50))
        RandomGenerator.seed(3)
        let b = Batching.shuffled(Array(0..<50))
        XCTAssertEqual(a, b)
        XCTAssertEqual(a.sorted(), Array(0..<50))
        XCTAssertNotEqual(a, Array(0..<50))
        XCTAssertEqual(Batching.permutation(0), [])
    }

    func testTrainValidationSplit() throws {
        let items = Array(0..<10)
        let contiguous = try Batching.trainValidationSplit(items, validationFraction: 0.2, shuffle: false)
        XCTAssertEqual(contiguous.train, Array(0..<8))
        XCTAssertEqual(contiguous.validation, [8, 9])
        RandomGenerator.seed(5)
        let shuffled = try Batching.trainValidationSplit(items, validationFraction: 0.3)
        XCTAssertEqual(shuffled.train.count, 7)
        XCTAssertEqual((shuffled.train + shuffled.validation).sorted(), items)
        XCTAssertThrowsError(try Batching.trainValidationSplit(items, validationFraction: 1))
    }

    func testMinibatches() throws {
        XCTAssertEqual(try Batching.minibatches(count: 5, batchSize: 2, shuffle: false), [[0, 1], [2, 3], [4]])
        XCTAssertEqual(try Batching.minibatches(count: 5, batchSize: 2, shuffle: false, dropLast: true), [[0, 1], [2, 3]])
        RandomGenerator.seed(9)
        XCTAssertEqual(try Batching.minibatches(count: 7, batchSize: 3).flatMap { $0 }.sorted(), Array(0..<7))
        XCTAssertThrowsError(try Batching.minibatches(count: 3, batchSize: 0))
    }
}
