import Engine
import Kernels

/// Free functions that create and transform tensors.
extension BuiltinRegistry {
    func registerTensorBuiltins() {
        registerTensorCreation()
        registerTensorMath()
        registerTensorOps()
    }

    private func registerTensorCreation() {
        define("tensor", [.required("data"), .optional("requires_grad", .bool(false))],
               "A tensor from a number or nested lists of numbers.",
               doc: "tensor([[1, 2], [3, 4]], requires_grad = true). Integral values (token ids) are exact up to 2^24.") { args in
            // Always a fresh leaf: tensor(t) must not alias t or inherit its graph.
            let out = try args.tensor(0).copy()
            out.requiresGrad = args.bool(1)
            return .tensor(out)
        }
        let shapeDoc = "The shape is given as separate integers or one list: zeros(2, 3) or zeros([2, 3])."
        define("zeros", [.variadic("shape"), .optional("requires_grad", .bool(false))], "A tensor of zeros.", doc: shapeDoc) { args in
            .tensor(Tensor.zeros(try args.shape(0), requiresGrad: args.bool(1)))
        }
        define("ones", [.variadic("shape"), .optional("requires_grad", .bool(false))], "A tensor of ones.", doc: shapeDoc) { args in
            .tensor(Tensor.ones(try args.shape(0), requiresGrad: args.bool(1)))
        }
        define("full", [.required("shape"), .required("value")], "A tensor filled with value.") { args in
            .tensor(Tensor.full(try args.shape(0), Float(try args.number(1))))
        }
        define("randn", [.variadic("shape"), .optional("requires_grad", .bool(false))],
               "Standard normal samples from the seeded generator.", doc: shapeDoc) { args in
            .tensor(try Value.engine { try Tensor.randn(try args.shape(0), requiresGrad: args.bool(1)) })
        }
        define("rand", [.variadic("shape"), .optional("requires_grad", .bool(false))],
               "Uniform samples in [0, 1) from the seeded generator.", doc: shapeDoc) { args in
            .tensor(try Value.engine { try Tensor.rand(try args.shape(0), requiresGrad: args.bool(1)) })
        }
        define("randint", [.required("low"), .required("high"), .required("shape")],
               "Uniform integers in [low, high) from the seeded generator.") { args in
            .tensor(try Value.engine { try Tensor.randint(try args.integer(0), try args.integer(1), shape: try args.shape(2)) })
        }
        define("arange", [.required("start"), .optional("stop"), .optional("step", .number(1))],
               "Evenly spaced values in [start, stop): arange(5), arange(1, 2, 0.25).") { args in
            let (start, stop) = args.isNil(1) ? (0, try args.number(0)) : (try args.number(0), try args.number(1))
            return .tensor(try Value.engine { try Tensor.arange(start, stop, step: try args.number(2)) })
        }
        define("linspace", [.required("start"), .required("stop"), .required("count")],
               "count evenly spaced values from start to stop inclusive.") { args in
            .tensor(try Value.engine { try Tensor.linspace(try args.number(0), try args.number(1), count: try args.integer(2)) })
        }
        define("eye", [.required("n"), .optional("m")], "The identity matrix (n×n, or n×m).") { args in
            .tensor(try Value.engine { try Tensor.eye(try args.integer(0), args.isNil(1) ? nil : try args.integer(1)) })
        }
        define("tril", [.required("rows"), .optional("cols"), .optional("diagonal", .number(0))],
               "Lower-triangular mask of ones (a causal mask).") { args in
            let rows = try args.integer(0), cols = args.isNil(1) ? rows : try args.integer(1)
            return .tensor(try Value.engine { try Tensor.tril(rows, cols, diagonal: try args.integer(2)) })
        }
        define("triu", [.required("rows"), .optional("cols"), .optional("diagonal", .number(0))],
               "Upper-triangular mask of ones.") { args in
            let rows = try args.integer(0), cols = args.isNil(1) ? rows : try args.integer(1)
            return .tensor(try Value.engine { try Tensor.triu(rows, cols, diagonal: try args.integer(2)) })
        }
        define("seed", [.required("n")], "Reseeds the generator behind every random function: a script becomes reproducible.") { args in
            let n = try args.integer(0)
            RandomGenerator.seed(UInt64(bitPattern: Int64(n)))
            return .nil
        }
    }

    /// Registers a function that applies to tensors elementwise and to plain numbers with `number`.
    private func elementwise(_ name: String, _ kernel: UnaryKernel, _ summary: String, number: ((Double) -> Double)?) {
        define(name, [.required("x")], summary) { args in
            if case .number(let x) = args[0], let number { return .number(number(x)) }
            return .tensor(try args.tensor(0).apply(kernel))
        }
        defineMethod(.tensor, name, [], summary) { args in .tensor(try args.receiverTensor().apply(kernel)) }
    }

    private func registerTensorMath() {
        elementwise("exp", .exp, "e to the power x, elementwise on tensors.", number: { Foundation_exp($0) })
        elementwise("log", .log, "Natural logarithm, elementwise on tensors.", number: { Foundation_log($0) })
        elementwise("sqrt", .sqrt, "Square root, elementwise on tensors.", number: { $0.squareRoot() })
        elementwise("abs", .abs, "Absolute value, elementwise on tensors.", number: { Swift.abs($0) })
        elementwise("tanh", .tanh, "Hyperbolic tangent, elementwise on tensors.", number: { Foundation_tanh($0) })
        elementwise("sigmoid", .sigmoid, "Logistic sigmoid 1/(1+e^-x).", number: nil)
        elementwise("relu", .relu, "max(x, 0).", number: nil)
        elementwise("softplus", .softplus, "log(1 + e^x), stable for large |x|.", number: nil)
        elementwise("logsigmoid", .logsigmoid, "log σ(x), stable for large |x|.", number: nil)
        elementwise("neg", .neg, "-x.", number: { -$0 })
        define("gelu", [.required("x"), .optional("approximate", .string("none"))],
               "GELU: exact (erf) by default as PyTorch, or approximate = \"tanh\".") { args in
            .tensor(try args.tensor(0).gelu(tanhApproximation: try args.string(1) == "tanh"))
        }
        define("clamp", [.required("x"), .optional("min"), .optional("max")], "Limits x to [min, max].") { args in
            .tensor(try args.tensor(0).clamp(min: try args.optionalFloat(1) ?? -.infinity, max: try args.optionalFloat(2) ?? .infinity))
        }
        define("maximum", [.required("a"), .required("b")], "Elementwise maximum with broadcasting.") { args in
            .tensor(try Value.engine { try args.tensor(0).apply(.maximum, try args.tensor(1)) })
        }
        define("minimum", [.required("a"), .required("b")], "Elementwise minimum with broadcasting.") { args in
            .tensor(try Value.engine { try args.tensor(0).apply(.minimum, try args.tensor(1)) })
        }
        define("where", [.required("mask"), .required("a"), .required("b")],
               "Elementwise choice: a where mask is non-zero, else b (all broadcast).") { args in
            .tensor(try Value.engine { try Tensor.select(try args.tensor(0), try args.tensor(1), try args.tensor(2)) })
        }
        define("matmul", [.required("a"), .required("b")], "Matrix product (same as a @ b).") { args in
            .tensor(try Value.engine { try args.tensor(0).matmul(try args.tensor(1)) })
        }
    }

    private func registerTensorOps() {
        define("softmax", [.required("x"), .optional("axis", .number(-1))], "Softmax along axis.") { args in
            .tensor(try Value.engine { try args.tensor(0).softmax(axis: try args.integer(1)) })
        }
        define("log_softmax", [.required("x"), .optional("axis", .number(-1))], "log(softmax(x)) computed stably.") { args in
            .tensor(try Value.engine { try args.tensor(0).logSoftmax(axis: try args.integer(1)) })
        }
        define("logsumexp", [.required("x"), .optional("axis"), .optional("keepdim", .bool(false))],
               "log(sum(exp(x))) along axis, computed stably.") { args in
            .tensor(try Value.engine { try args.tensor(0).logsumexp(axes: try args.axes(1), keepDims: args.bool(2)) })
        }
        define("cross_entropy", [.required("logits"), .required("targets"), .optional("ignore_index", .number(-100)),
                                 .optional("reduction", .string("mean"))],
               "Cross-entropy of logits [..., C] against integral targets [...]; targets equal to ignore_index are skipped.") { args in
            .tensor(try Value.engine {
                try args.tensor(0).crossEntropy(targets: try args.tensor(1), ignoreIndex: try args.integer(2), reduction: try args.string(3))
            })
        }
        define("layer_norm", [.required("x"), .optional("weight"), .optional("bias"), .optional("eps", .number(1e-5))],
               "Layer normalisation over the last axis.") { args in
            let w = args.isNil(1) ? nil : try args.tensor(1), b = args.isNil(2) ? nil : try args.tensor(2)
            return .tensor(try Value.engine { try args.tensor(0).layerNorm(weight: w, bias: b, eps: Float(try args.number(3))) })
        }
        define("dropout", [.required("x"), .required("p"), .optional("training", .bool(true))],
               "Zeroes elements with probability p (seeded) and scales the rest by 1/(1-p).") { args in
            .tensor(try Value.engine { try args.tensor(0).dropout(p: Float(try args.number(1)), training: args.bool(2)) })
        }
        define("masked_fill", [.required("x"), .required("mask"), .required("value")],
               "x with value wherever mask is non-zero.") { args in
            .tensor(try Value.engine { try args.tensor(0).maskedFill(try args.tensor(1), Float(try args.number(2))) })
        }
        define("concat", [.required("tensors"), .optional("axis", .number(0))], "Joins tensors along an existing axis.") { args in
            let ts = try args.list(0).items.map { try $0.asTensor("concat() element") }
            return .tensor(try Value.engine { try Tensor.concat(ts, axis: try args.integer(1)) })
        }
        define("stack", [.required("tensors"), .optional("axis", .number(0))], "Joins equally shaped tensors along a new axis.") { args in
            let ts = try args.list(0).items.map { try $0.asTensor("stack() element") }
            return .tensor(try Value.engine { try Tensor.stack(ts, axis: try args.integer(1)) })
        }
        define("one_hot", [.required("indices"), .required("classes")], "One-hot encoding of integral class ids.") { args in
            .tensor(try Value.engine { try args.tensor(0).oneHot(classes: try args.integer(1)) })
        }
        define("gather", [.required("x"), .required("axis"), .required("index")],
               "Values of x along axis at index (as torch.gather).") { args in
            .tensor(try Value.engine { try args.tensor(0).gather(axis: try args.integer(1), index: try args.tensor(2)) })
        }
        define("index_select", [.required("x"), .required("axis"), .required("index")],
               "Slices of x along axis picked by integral indices (an embedding lookup on axis 0).") { args in
            .tensor(try Value.engine { try args.tensor(0).indexSelect(axis: try args.integer(1), index: try args.tensor(2)) })
        }
        define("multinomial", [.required("probs"), .optional("samples", .number(1))],
               "Class indices drawn from (unnormalised) probabilities [..., C], seeded.") { args in
            .tensor(try Value.engine { try args.tensor(0).multinomial(samples: try args.integer(1)) })
        }
        define("is_tensor", [.required("x")], "True when x is a tensor.") { args in
            if case .tensor = args[0] { return .bool(true) }
            return .bool(false)
        }
    }
}

import Foundation
private func Foundation_exp(_ x: Double) -> Double { Foundation.exp(x) }
private func Foundation_log(_ x: Double) -> Double { Foundation.log(x) }
private func Foundation_tanh(_ x: Double) -> Double { Foundation.tanh(x) }
