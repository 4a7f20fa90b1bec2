extension OptimizerState {
    /// The buffers as named tensors `<prefix><kind>/<parameter>`, e.g. `optimizer/exp_avg/fc1.weight`.
    /// The slash cannot occur in a module path, so the names never collide with parameter names.
    public func namedTensors(prefix: String = "optimizer/") -> [(name: String, tensor: Tensor)] {
        var out: [(name: String, tensor: Tensor)] = []
        for (kind, byName) in buffers.sorted(by: { $0.key < $1.key }) {
            for (name, t) in byName.sorted(by: { $0.key < $1.key }) { out.append(("\(prefix)\(kind)/\(name)", t)) }
        }
        return out
    }

    /// Kind, step counts and hyper-parameters as string metadata (numbers in shortest round-trip form,
    /// so a restored learning rate is the identical Double).
    public func metadata(prefix: String = "optimizer/") -> [String: String] {
        [
            prefix + "kind": kind,
            prefix + "step_count": String(stepCount),
            prefix + "hyperparameters": JSONValue.object(hyperparameters.mapValues(JSONValue.number)).serialized(),
            prefix + "parameter_steps": JSONValue.object(parameterSteps.mapValues { .number(Double($0)) }).serialized(),
        ]
    }

    /// Whether `metadata` holds an optimizer state under `prefix`.
    public static func isPresent(in metadata: [String: String], prefix: String = "optimizer/") -> Bool {
        metadata[prefix + "kind"] != nil
    }

    /// Rebuilds a state from the tensors and metadata a checkpoint holds; tensors without `prefix` are
    /// ignored. Throws naming the malformed field.
    public init(namedTensors: [(String, Tensor)], metadata: [String: String], prefix: String = "optimizer/") throws {
        func field(_ key: String) throws -> String {
            guard let v = metadata[prefix + key] else { throw TensorError("optimizer_state", "missing metadata \"\(prefix + key)\"") }
            return v
        }
        let kind = try field("kind")
        guard let steps = Int(try field("step_count")), steps >= 0 else {
            throw TensorError("optimizer_state", "metadata \"\(prefix)step_count\" is not a non-negative integer")
        }
        func object(_ key: String) throws -> [String: JSONValue] {
            guard let o = (try? JSONValue(parsing: try field(key)))?.objectValue else {
                throw TensorError("optimizer_state", "metadata \"\(prefix + key)\" is not a JSON object")
            }
            return o
        }
        var hyper: [String: Double] = [:]
        for (k, v) in try object("hyperparameters") {
            guard let x = v.numberValue else { throw TensorError("optimizer_state", "hyper-parameter \"\(k)\" is not a number") }
            hyper[k] = x
        }
        var parameterSteps: [String: Int] = [:]
        for (k, v) in try object("parameter_steps") {
            guard let n = v.intValue, n >= 0 else { throw TensorError("optimizer_state", "step count of \"\(k)\" is not a non-negative integer") }
            parameterSteps[k] = n
        }
        var buffers: [String: [String: Tensor]] = [:]
        for (name, t) in namedTensors where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let slash = rest.firstIndex(of: "/"), slash != rest.startIndex, rest.index(after: slash) != rest.endIndex else {
                throw TensorError("optimizer_state", "tensor \"\(name)\" is not named \(prefix)<buffer>/<parameter>")
            }
            buffers[String(rest[..<slash]), default: [:]][String(rest[rest.index(after: slash)...])] = t
        }
        self.init(kind: kind, stepCount: steps, parameterSteps: parameterSteps, hyperparameters: hyper, buffers: buffers)
    }
}
