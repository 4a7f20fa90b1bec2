import Notebook

/// A scripted stand-in for the language session: cells whose code contains `fail` fail,
/// `print X` prints X, and every call is logged.
final class FakeExecutor: CellExecutor {
    struct Call: Equatable {
        var code: String
        var file: String
        var firstLine: Int
        var timeout: Double?
    }

    var calls: [Call] = []
    var parameters: [String: String]?
    var parameterCalls = 0
    var failParameters = false
    /// Explicit results by exact code, checked before the default behaviour.
    var scripted: [String: CellResult] = [:]

    func setParameters(_ parameters: [String: String]) -> CellResult {
        parameterCalls += 1
        self.parameters = parameters
        return failParameters ? CellResult(outputs: [.error("parameter 'lr' is not a number")], failed: true) : CellResult()
    }

    func execute(code: String, file: String, firstLine: Int, timeout: Double?) -> CellResult {
        calls.append(Call(code: code, file: file, firstLine: firstLine, timeout: timeout))
        if let result = scripted[code] { return result }
        if code.contains("fail") {
            return CellResult(outputs: [.text("before\n"), .error("\(file):\(firstLine):1: error: boom")], failed: true)
        }
        if code.hasPrefix("print ") { return CellResult(outputs: [.text(String(code.dropFirst(6)) + "\n")]) }
        return CellResult()
    }
}
