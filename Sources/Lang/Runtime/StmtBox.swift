/// A compiled statement kept in an array (see `ExprBox`).
struct StmtBox {
    let run: StmtCode
}

/// Compiled statement: runs in a frame and says how it finished.
typealias StmtCode = (Frame) throws -> Flow
