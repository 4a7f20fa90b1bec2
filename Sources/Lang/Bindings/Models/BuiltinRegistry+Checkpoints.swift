import Engine

/// Safetensors files: weights of any parameter tree, and full training checkpoints (weights,
/// optimizer state and the generator's state) for bit-identical resumption.
extension BuiltinRegistry {
    func registerCheckpointBuiltins() {
        let fileDoc = "Files are real safetensors (readable by Python's safetensors and PyTorch) and are written atomically: "
            + "a failed save never destroys the previous file. Tensors are named by their paths in the tree. "
            + "A relative path resolves against the directory of the script making the call."
        define("save", [.required("tree"), .required("path"), .optional("metadata")],
               "Saves a module or parameter tree as a safetensors file, with optional string metadata.", doc: fileDoc) { args in
            let entries = try TreeValue.entries(args[0], what: "save() argument 'tree'")
            let metadata = try metadataStrings(args, 2)
            let path = try args.filePath(1)
            try args.withFile(path) { full in
                try Checkpoint.save(parameters: entries.map { ($0.path, $0.tensor) }, saveRandomState: false, metadata: metadata, to: full)
            }
            return .nil
        }
        define("load", [.required("path")], "The tensors of a safetensors file as a dict from name to tensor (in name order).",
               doc: fileDoc + " Every offset and shape is validated; a truncated or corrupt file is an error.") { args in
            let path = try args.filePath(0)
            let file = try args.withFile(path) { try Safetensors.read($0) }
            return .dict(DictRef(file.tensors.map { (.string($0.name), .tensor($0.tensor)) }))
        }
        define("load_metadata", [.required("path")], "The string metadata of a safetensors file as a dict.", doc: fileDoc) { args in
            let path = try args.filePath(0)
            let file = try args.withFile(path) { try Safetensors.read($0) }
            return .dict(DictRef(file.metadata.keys.sorted().map { (.string($0), .string(file.metadata[$0] ?? "")) }))
        }
        define("load_into", [.required("tree"), .required("path"), .optional("strict", .bool(true))],
               "Copies the tensors of a safetensors file into a module or tree in place, by name; returns the metadata.",
               doc: fileDoc + " Shapes must match; with strict (the default) a missing or unexpected tensor is an error. "
                   + "Nothing changes unless every check passes.") { args in
            let entries = try TreeValue.entries(args[0], what: "load_into() argument 'tree'")
            let path = try args.filePath(1)
            let metadata = try args.withFile(path) { full in
                try Checkpoint.load(full, into: entries.map { ($0.path, $0.tensor) }, restoreRandomState: false, strict: args.bool(2))
            }
            return metadataDict(metadata)
        }
        registerTrainingCheckpoints(fileDoc)
    }

    private func registerTrainingCheckpoints(_ fileDoc: String) {
        define("save_checkpoint", [.required("model"), .required("optimizer"), .required("path"), .optional("metadata")],
               "Saves weights, the optimizer's state (may be nil) and the random generator's state for an exact resume.",
               doc: fileDoc + " load_checkpoint restores all three, so the resumed run is bit-identical to an uninterrupted one.") { args in
            let entries = try TreeValue.entries(args[0], what: "save_checkpoint() argument 'model'")
            let optimizer = args.isNil(1) ? nil : try args.native(1, OptimizerObject.self, expected: "an optimizer or nil").optimizer
            let metadata = try metadataStrings(args, 3)
            let path = try args.filePath(2)
            try args.withFile(path) { full in
                try Checkpoint.save(parameters: entries.map { ($0.path, $0.tensor) }, optimizer: optimizer, metadata: metadata, to: full)
            }
            return .nil
        }
        define("load_checkpoint", [.required("model"), .required("optimizer"), .required("path"), .optional("strict", .bool(true))],
               "Restores weights, optimizer state (unless optimizer is nil) and the generator saved by save_checkpoint; returns the metadata.",
               doc: fileDoc) { args in
            let entries = try TreeValue.entries(args[0], what: "load_checkpoint() argument 'model'")
            let optimizer = args.isNil(1) ? nil : try args.native(1, OptimizerObject.self, expected: "an optimizer or nil").optimizer
            let path = try args.filePath(2)
            let metadata = try args.withFile(path) { full in
                try Checkpoint.load(full, into: entries.map { ($0.path, $0.tensor) }, optimizer: optimizer, strict: args.bool(3))
            }
            return metadataDict(metadata)
        }
    }
}

/// The i-th argument as safetensors metadata: a dict from string keys to strings, numbers or bools.
private func metadataStrings(_ args: Arguments, _ i: Int) throws -> [String: String] {
    if args.isNil(i) { return [:] }
    let d = try args.dict(i)
    var out: [String: String] = [:]
    for (k, key) in d.keys.enumerated() {
        guard case .string(let name) = key else { throw RuntimeError("\(args.builtin.name)() metadata keys must be strings") }
        switch d.values[k] {
        case .string(let s): out[name] = s
        case .number, .bool: out[name] = d.values[k].description
        default:
            throw RuntimeError("\(args.builtin.name)() metadata \"\(name)\" must be a string, number or bool, not \(d.values[k].typeName)")
        }
    }
    return out
}

/// Metadata as a dict with sorted keys.
private func metadataDict(_ metadata: [String: String]) -> Value {
    .dict(DictRef(metadata.keys.sorted().map { (.string($0), .string(metadata[$0] ?? "")) }))
}
