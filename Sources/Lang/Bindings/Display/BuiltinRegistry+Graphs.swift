import Engine
import GraphExport

/// `graph(t)` diagrams of autograd graphs and `with_scope` for naming loss terms in them.
extension BuiltinRegistry {
    func registerGraphBuiltins(_ state: DisplayState) {
        define("graph", [.required("t"), .optional("file"), .optional("values", .bool(false)),
                         .optional("grads", .bool(false)), .optional("saved", .bool(false)), .optional("collapse"),
                         .optional("depth"), .optional("direction", .string("TB")), .optional("title"),
                         .optional("clusters", .bool(true))],
               "A diagram of the autograd graph that produced t; graph(t, \"file.svg\") also writes it.",
               doc: """
               Op nodes are named by primitive, parameters by module path and shape; modules and with_scope(...)
               terms draw as clusters. values = true adds forward values, grads = true gradient norms (after
               backward), saved = true the tensors ops saved for backward. collapse = ["blocks.0"] folds scopes into
               one node, depth = 1 folds everything nested deeper. direction: "TB", "LR", "BT" or "RL".
               The file's extension picks the format: .svg, .png, .pdf, .dot or .gv.
               """) { args in
            let tensor = try GraphRequest.tensor(args[0], caller: "graph()")
            var request = GraphRequest(values: args.bool(2), grads: args.bool(3), saved: args.bool(4))
            request.dot.collapse = try GraphRequest.collapse(args[5])
            if !args.isNil(6) {
                let depth = try args.integer(6)
                guard depth >= 0 else { throw RuntimeError("graph() argument 'depth' must be 0 or more, not \(depth)") }
                request.dot.maxClusterDepth = depth
            }
            request.dot.rankDirection = try GraphRequest.direction(try args.string(7))
            request.dot.title = try args.optionalText(8)
            request.dot.showClusters = args.bool(9)
            let graph = GraphObject(snapshot: request.snapshot(of: tensor, globals: args.interpreter), options: request.dot,
                                    idPrefix: state.nextGraphPrefix())
            if !args.isNil(1) {
                let path = try args[1].displayString("graph() argument 'file'")
                try graph.save(to: path)
                args.write("saved graph to \(path)\n")
            }
            return .native(graph)
        }
        define("with_scope", [.required("name"), .required("body")],
               "Runs body() with name added to the graph scope, so the nodes it creates draw as one cluster.",
               doc: """
               let loss = with_scope("dpo", fn() { dpo_loss(pc, pr, rc, rr) })
               Scopes nest (modules scope their own forward passes); the result of body() is returned.
               """) { args in
            let name = try args.string(0)
            guard !name.isEmpty, !name.contains(".") else {
                throw RuntimeError("with_scope() needs a non-empty name without '.', not \"\(name)\"",
                                   hint: "nest with_scope calls to make a path")
            }
            let body = args[1]
            return try Autograd.withScope(name) { try args.call(body, []) }
        }
    }
}
