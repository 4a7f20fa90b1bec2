import Foundation
import Lang
import Plot

/// Runs notebook cells in a language `Session`: the adapter between `NotebookRunner` and `Lang`.
///
/// Per cell it captures, in order, what `print` writes (`.text`), what `show(...)` sends to the
/// interpreter's `display` hook (plots, SVG, tables), and finally the value of a trailing bare
/// expression (`.value`, or its rich form for `RichDisplayable` objects). Errors become `.error`
/// with the rendered diagnostic, without colour.
///
/// Locations: `Lang` has no line offset for a source, so the cell's code is run with
/// `firstLine - 1` newlines in front of it. Line numbers and the quoted source line then come out
/// as in the notebook (`nb.md:14:5`) with no renumbering; the blank lines cost nothing to parse.
public final class SessionCellExecutor: CellExecutor {
    /// The session every cell runs in, in order, sharing globals.
    public let session: Session
    /// How errors are rendered into `.error` outputs.
    public var renderer = DiagnosticRenderer(color: false)
    /// Checked before each cell: when it returns true (the user pressed Ctrl-C), the cell is not
    /// run and fails with "interrupted", so even `--keep-going` stops doing work.
    public var isCancelled: () -> Bool = { false }

    private var outputs: [CellOutput] = []

    /// An executor over `session`; its output hooks are borrowed only while a cell runs.
    public init(session: Session) {
        self.session = session
    }

    /// Defines the global `params`: a dict of the `-p` parameters, sorted by name. Values that read
    /// as decimal numbers become numbers, everything else stays a string. Defined even when empty,
    /// so a notebook can always write `params.get("lr", 0.1)`.
    public func setParameters(_ parameters: [String: String]) -> CellResult {
        let pairs = parameters.sorted { $0.key < $1.key }.map { (DictKey.string($0.key), Self.parameterValue($0.value)) }
        session.define("params", .dict(DictRef(pairs)))
        return CellResult()
    }

    /// Runs one cell; see the type's documentation for what is captured.
    public func execute(code: String, file: String, firstLine: Int, timeout: Double?) -> CellResult {
        if isCancelled() {
            return CellResult(outputs: [.error("\(file):\(firstLine): error: not run: interrupted")], failed: true)
        }
        outputs = []
        let savedOutput = session.output
        let savedDisplay = session.interpreter.display
        session.output = { [unowned self] text in appendText(text) }
        session.interpreter.display = { [unowned self] rich in outputs.append(Self.cellOutput(rich)) }
        defer {
            session.output = savedOutput
            session.interpreter.display = savedDisplay
        }
        let padded = String(repeating: "\n", count: max(0, firstLine - 1)) + code
        let watchdog = timeout.map(CellWatchdog.init(seconds:))
        watchdog?.start()
        let result = session.run(SourceFile(name: file, text: padded))
        watchdog?.cancel()

        guard result.succeeded else {
            var diagnostics = result.diagnostics
            if let watchdog, watchdog.fired, let first = diagnostics.firstIndex(where: { $0.message == "interrupted" }) {
                diagnostics[first].message = "cell timed out after \(formatNumber(watchdog.seconds)) s"
            }
            let text = diagnostics.map { renderer.render($0) }.joined(separator: "\n")
            outputs.append(.error(text))
            return CellResult(outputs: outputs, failed: true)
        }
        if result.hasPrintableValue, let value = result.value {
            outputs.append(Self.valueOutput(value))
        }
        return CellResult(outputs: outputs, failed: false)
    }

    /// Appends printed text, merging with directly preceding text so one cell's prints form one block.
    private func appendText(_ text: String) {
        if case .text(let previous)? = outputs.last {
            outputs[outputs.count - 1] = .text(previous + text)
        } else {
            outputs.append(.text(text))
        }
    }

    /// The output for a cell's value: rich for `RichDisplayable` objects, else the REPL form.
    static func valueOutput(_ value: Value) -> CellOutput {
        guard case .native(let object) = value, let rich = object as? RichDisplayable else {
            return .value(value.repr)
        }
        do {
            return cellOutput(try rich.richOutput())
        } catch let error as RuntimeError {
            return .error("error: \(error.message)")
        } catch {
            return .error("error: \(error)")
        }
    }

    /// The notebook form of rich output.
    static func cellOutput(_ rich: RichOutput) -> CellOutput {
        switch rich {
        case .plot(let spec): return .plot(spec)
        case .svg(let svg, _): return .svg(svg)
        case .table(let header, let rows): return .table(header: header, rows: rows)
        }
    }

    /// A parameter's value: a number when the text is a plain decimal number, else the string.
    static func parameterValue(_ text: String) -> Value {
        // Only plain decimals: Double("nan"), Double("inf") and hex floats would surprise a user
        // who passed a word. Double(_:) checks the arrangement of these characters.
        let allowed = Set("0123456789+-.eE")
        let sawDigit = text.contains { $0.isASCII && $0.isNumber }
        guard text.allSatisfy({ allowed.contains($0) }) else { return .string(text) }
        guard sawDigit, let number = Double(text), number.isFinite else { return .string(text) }
        return .number(number)
    }
}
