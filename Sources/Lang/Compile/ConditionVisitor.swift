/// Builds code generic over a condition's type; `Compiler.visitCondition` picks the type.
/// Return closures in a box (`StmtBox`, `ExprBox`): Swift reabstracts a bare closure returned
/// as a generic result, adding a thunk to every call.
protocol ConditionVisitor {
    associatedtype Result
    func visit<C: Condition>(_ condition: C) -> Result
}
