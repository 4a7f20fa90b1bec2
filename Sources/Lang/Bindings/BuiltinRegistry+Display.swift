extension BuiltinRegistry {
    /// Plots, progress, metric histories, graphs and show() (being written).
    func registerDisplayBuiltins() {}
}
