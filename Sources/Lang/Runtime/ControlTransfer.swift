/// Carries a `Flow` out of an expression; see `Flow`.
struct ControlTransfer: Error, @unchecked Sendable {
    let flow: Flow
}
