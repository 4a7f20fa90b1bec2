/// `show(...)` and `table(...)`: sending rich output to the front end from anywhere in a cell.
extension BuiltinRegistry {
    func registerShowBuiltins() {
        define("show", [.variadic("values")],
               "Displays plots, graphs and tables now (several per cell); other values print as text.",
               doc: "show(plot(losses), graph(loss)). A notebook draws each inline in order; a terminal prints its text form.") { args in
            for value in try args.list(0).items {
                if case .native(let object) = value, let rich = object as? RichDisplayable {
                    args.interpreter.display(try rich.richOutput())
                } else {
                    args.write(value.description + "\n")
                }
            }
            return .nil
        }
        define("table", [.required("rows"), .optional("header")],
               "A table from a list of rows (lists or dicts) or a dict; notebooks render it as HTML.",
               doc: "table([[1, 0.5], [2, 0.25]], header = [\"step\", \"loss\"])   table([{\"step\": 1, \"loss\": 0.5}])") { args in
            let header: [String]?
            switch args[1] {
            case .nil: header = nil
            case .list(let l): header = l.items.map(\.cellText)
            default: throw args.typeError(1, expected: "a list of column titles")
            }
            let parsed = try TableObject.parse(args[0], header: header)
            return .native(TableObject(header: parsed.header, rows: parsed.rows))
        }
    }
}
