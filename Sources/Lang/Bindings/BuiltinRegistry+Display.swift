extension BuiltinRegistry {
    /// Plots, metric histories, progress, graph diagrams, show() and table().
    ///
    /// The state is created here, once per registry (so once per interpreter), and captured by
    /// the builtins that need it: two sessions never share graph numbering.
    func registerDisplayBuiltins() {
        let state = DisplayState()
        registerPlotBuiltins()
        registerHistoryBuiltins()
        registerProgressBuiltins()
        registerGraphBuiltins(state)
        registerShowBuiltins()
    }
}
