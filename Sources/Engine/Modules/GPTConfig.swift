/// The shape of a GPT-style language model.
public struct GPTConfig: Sendable, Equatable {
    /// Number of token ids.
    public var vocabSize: Int
    /// Longest sequence the model reads (size of the position table).
    public var contextLength: Int
    /// Width of the residual stream.
    public var dModel: Int
    /// Attention heads per block (dModel must be divisible by it).
    public var heads: Int
    /// Number of transformer blocks.
    public var layers: Int
    /// MLP hidden size as a multiple of dModel (4 in GPT-2).
    public var mlpRatio: Double
    /// Whether the LM head reuses the token embedding table (as GPT-2 and nanoGPT do).
    public var tieWeights: Bool
    /// Dropout probability after embeddings, on attention probabilities and on residual branches.
    public var dropout: Float
    /// Whether Linear and LayerNorm layers have biases.
    public var bias: Bool
    /// Whether the model carries a scalar value head (for PPO).
    public var valueHead: Bool
    /// The MLP non-linearity.
    public var activation: Activation

    /// A configuration; the defaults follow nanoGPT (ratio 4, tied weights, no dropout, biases, exact GELU).
    public init(vocabSize: Int, contextLength: Int, dModel: Int, heads: Int, layers: Int, mlpRatio: Double = 4,
                tieWeights: Bool = true, dropout: Float = 0, bias: Bool = true, valueHead: Bool = false,
                activation: Activation = .gelu) {
        self.vocabSize = vocabSize; self.contextLength = contextLength; self.dModel = dModel
        self.heads = heads; self.layers = layers; self.mlpRatio = mlpRatio; self.tieWeights = tieWeights
        self.dropout = dropout; self.bias = bias; self.valueHead = valueHead; self.activation = activation
    }

    /// The MLP hidden size, mlpRatio·dModel rounded (at least 1).
    public var mlpHidden: Int { Swift.max(1, Int((mlpRatio * Double(dModel)).rounded())) }

    /// Throws a `GPT` error naming the first invalid field.
    public func validate() throws {
        func check(_ ok: Bool, _ message: String) throws { if !ok { throw TensorError("GPT", message) } }
        try check(vocabSize > 0, "vocabSize must be positive, got \(vocabSize)")
        try check(contextLength > 0, "contextLength must be positive, got \(contextLength)")
        try check(dModel > 0 && heads > 0 && dModel % heads == 0, "dModel \(dModel) must be a positive multiple of heads \(heads)")
        try check(layers >= 0, "layers must be non-negative, got \(layers)")
        try check(mlpRatio > 0 && mlpRatio.isFinite, "mlpRatio must be positive, got \(mlpRatio)")
        try check(dropout >= 0 && dropout < 1, "dropout must be in [0, 1), got \(dropout)")
        try check(vocabSize <= 1 << 24, "vocabSize must be at most 2^24 so ids stay exact in Float32")
    }
}
