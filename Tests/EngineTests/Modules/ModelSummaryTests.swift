import Engine
import TestSupport
import XCTest

final class ModelSummaryTests: XCTestCase {
    func testClassifierTable() throws {
        RandomGenerator.seed(1)
        let model = try MLPClassifier(sizes: [4, 8, 3])
        model.layers.children[2].module.freeze()
        let summary = try ModelSummary(module: model, input: Tensor.ones([2, 4]))
        XCTAssertEqual(summary.description, """
        =============================================
        Layer (type)            Output shape  Param #
        =============================================
        MLPClassifier           [2, 3]             67
        └─ layers (Sequential)  [2, 3]             67
           ├─ 0 (Linear)        [2, 8]             40
           ├─ 1 (relu)          [2, 8]              0
           └─ 2 (Linear)        [2, 3]             27
        =============================================
        Input shape: [2, 4]
        Total params: 67
        Trainable params: 40
        Non-trainable params: 27
        =============================================
        """)
    }

    func testGPTRowsShapesAndTotals() throws {
        RandomGenerator.seed(2)
        let model = try GPT(GPTConfig(vocabSize: 10, contextLength: 8, dModel: 8, heads: 2, layers: 2, dropout: 0.1, valueHead: true))
        let before = RandomGenerator.shared
        let summary = try ModelSummary(module: model, input: Tensor.zeros([3, 5]))
        XCTAssertEqual(RandomGenerator.shared, before, "a summary draws no random numbers (dropout is off)")
        XCTAssertTrue(model.isTraining, "modes are restored")
        let rows = Dictionary(uniqueKeysWithValues: summary.rows.map { ($0.path, $0) })
        XCTAssertEqual(rows[""]?.outputShape, [3, 5, 10])
        XCTAssertEqual(rows["tok_emb"]?.outputShape, [3, 5, 8])
        XCTAssertEqual(rows["pos_emb"]?.outputShape, [5, 8])
        XCTAssertEqual(rows["blocks.1.attn.q"]?.outputShape, [3, 5, 8])
        XCTAssertEqual(rows["blocks.0.mlp.fc"]?.outputShape, [3, 5, 32])
        XCTAssertEqual(rows["blocks.0.mlp.fc"]?.parameterCount, 8 * 32 + 32)
        XCTAssertNil(rows["value_head"]?.outputShape, "the LM forward does not run the value head")
        XCTAssertEqual(rows["lm_head"]?.parameterCount, 0)
        XCTAssertEqual(rows["lm_head"]?.sharesParameters, true)
        XCTAssertEqual(rows["blocks.1"]?.depth, 2)
        XCTAssertEqual(summary.totalParameters, model.parameterCount)
        XCTAssertEqual(summary.trainableParameters, model.parameterCount)
        XCTAssertEqual(rows[""]?.parameterCount, model.parameterCount)
        let text = summary.description
        XCTAssertTrue(text.contains("│  ├─ 0 (TransformerBlock)"), text)
        XCTAssertTrue(text.contains("0 (tied)"), text)
        XCTAssertThrowsError(try ModelSummary(module: model, input: Tensor.zeros([1, 9]))) {
            XCTAssertTrue("\($0)".contains("context length 8"), "\($0)")
        }
    }
}
