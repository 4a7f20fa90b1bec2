import Lang
import Plot

/// Text forms of values and rich output for the terminal (REPL, `-e`, `show(...)` in scripts).
enum ValueFormatter {
    /// How the REPL shows a value: rich objects by their text fallback, everything else by `repr`
    /// (strings quoted, tensors by their description).
    static func text(for value: Value) -> String {
        guard case .native(let object) = value, let rich = object as? RichDisplayable else {
            return value.repr
        }
        do {
            return lines(for: try rich.richOutput()).joined(separator: "\n")
        } catch let error as RuntimeError {
            return "\(object.description) (cannot display: \(error.message))"
        } catch {
            return "\(object.description) (cannot display: \(error))"
        }
    }

    /// The terminal lines of rich output: plots as sparklines, diagrams as their one-line
    /// fallback, tables as aligned columns.
    static func lines(for rich: RichOutput) -> [String] {
        switch rich {
        case .plot(let spec):
            return Sparkline().lines(for: spec)
        case .svg(_, let fallback):
            return [fallback]
        case .table(let header, let rows):
            return table(header: header, rows: rows)
        }
    }

    /// Columns padded to their widest cell, the header underlined.
    static func table(header: [String], rows: [[String]]) -> [String] {
        let columns = max(header.count, rows.map(\.count).max() ?? 0)
        var widths = [Int](repeating: 0, count: columns)
        for row in [header] + rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func format(_ row: [String]) -> String {
            var parts: [String] = []
            for i in 0..<columns {
                let cell = i < row.count ? row[i] : ""
                parts.append(cell + String(repeating: " ", count: widths[i] - cell.count))
            }
            var line = parts.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
        var out: [String] = []
        if !header.isEmpty {
            out.append(format(header))
            out.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        }
        out += rows.map(format)
        return out
    }

    /// A short type for `:who`: `number`, `fn f(a, b)`, `tensor [2, 3]`, `list (3 items)`.
    static func shortType(of value: Value) -> String {
        switch value {
        case .function(let f): return "fn \(f.signature)"
        case .builtin(let b): return "builtin \(b.signature)"
        case .tensor(let t): return "tensor [\(t.shape.map(String.init).joined(separator: ", "))]"
        case .list(let l): return "list (\(l.items.count) item\(l.items.count == 1 ? "" : "s"))"
        case .dict(let d): return "dict (\(d.count) key\(d.count == 1 ? "" : "s"))"
        case .string(let s): return "string (\(s.count) character\(s.count == 1 ? "" : "s"))"
        default: return value.typeName
        }
    }
}
