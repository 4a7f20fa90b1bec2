/// A file or input ready to run: its top-level code and frame layout.
struct CompiledProgram {
    let body: StmtCode
    let layout: FunctionLayout
    let file: SourceFile
    /// The last statement is a bare expression (its value is the run's value).
    let endsWithExpression: Bool
    /// ... followed by `;`, which asks the REPL not to print it.
    let endsWithSemicolon: Bool
}
