/// A first-order optimizer over a list of named parameter tensors (the shape `namedParameters()` returns).
///
/// Updates happen in place on each parameter's storage without recording a graph. Parameters whose
/// `grad` is nil or whose `requiresGrad` is false are skipped, as in PyTorch; their per-parameter
/// step counts do not advance.
public protocol Optimizer: AnyObject {
    /// The parameters this optimizer updates, in the order given at construction.
    var parameters: [(name: String, tensor: Tensor)] { get }
    /// The learning rate the next `step()` uses; schedules set it before each step.
    var learningRate: Double { get set }
    /// How many times `step()` has run (the index a learning-rate schedule keys on).
    var stepCount: Int { get }
    /// Applies one update to every parameter that has a gradient.
    func step() throws
    /// A copy of the optimizer's state (step counts, hyper-parameters, moment buffers by parameter name).
    func exportState() -> OptimizerState
    /// Replaces the optimizer's state with `state` (from `exportState()` or a checkpoint), validating names and shapes.
    func importState(_ state: OptimizerState) throws
}

extension Optimizer {
    /// Drops every parameter's gradient (PyTorch's default `set_to_none=True`), so the next backward starts fresh.
    public func zeroGrad() {
        for p in parameters { p.tensor.grad = nil }
    }
}
