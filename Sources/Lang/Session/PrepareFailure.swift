/// Why a source could not be prepared.
struct PrepareFailure: Error {
    let diagnostics: [Diagnostic]
    let isIncomplete: Bool
}
