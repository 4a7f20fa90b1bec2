/// Frame layout of one function (or of top-level code), filled in by the resolver.
final class FunctionLayout {
    let name: String
    var parameters: [Variable] = []
    var variables: [Variable] = []
    var captures: [Capture] = []
    var slotCount = 0
    var cellCount = 0

    init(name: String) {
        self.name = name
    }

    /// Assigns slots and cells: parameters take the first slots (arguments are written there);
    /// other locals get a slot unless captured, in which case only a cell.
    func assignStorage() {
        var slot = 0, cell = 0
        for p in parameters {
            p.slot = slot
            slot += 1
        }
        for v in variables {
            if v.isCaptured {
                v.cell = cell
                cell += 1
            }
            if v.slot < 0, !v.isCaptured {
                v.slot = slot
                slot += 1
            }
        }
        slotCount = slot
        cellCount = cell
    }
}
