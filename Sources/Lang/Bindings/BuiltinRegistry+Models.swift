extension BuiltinRegistry {
    /// Modules, parameter trees, optimizers, data, tokenizers, batching, corpora and checkpoints
    /// (the files under Bindings/Models).
    func registerModelBuiltins() {
        registerModuleConstructors()
        registerTreeBuiltins()
        registerOptimizerBuiltins()
        registerDataBuiltins()
        registerTokenizerBuiltins()
        registerBatchingBuiltins()
        registerCheckpointBuiltins()
    }
}
