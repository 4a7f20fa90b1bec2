extension BuiltinRegistry {
    /// Modules, optimizers, data and checkpoints (being written).
    func registerModelBuiltins() {}
}
