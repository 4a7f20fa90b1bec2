/// An imported file's progress: imports are prepared with the importing file and run once.
final class Module {
    enum State {
        case preparing
        case prepared(CompiledProgram)
        case running
        case done
    }

    var state: State

    init(state: State) {
        self.state = state
    }
}
