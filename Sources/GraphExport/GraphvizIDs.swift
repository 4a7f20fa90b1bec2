import CGraphviz
import Glibc
import Synchronization

/// A cgraph ID discipline that numbers named objects in creation order.
///
/// cgraph's default discipline uses the address of each interned name as the object's ID, and
/// Graphviz 2.42 keeps subgraphs in ID order. Addresses depend on the heap's history, so the
/// same DOT laid out twice in one process could order its clusters differently and give a
/// different picture. Counters make the order follow the DOT text, as in a fresh `dot` process.
enum GraphvizIDs {
    /// Names of one root graph: ID for each name, and the C string for each ID.
    private struct Table {
        /// ID of each name (its bytes), so lookups find the object created earlier.
        var ids: [[UInt8]: IDTYPE] = [:]
        /// `strdup`ed names as address bit patterns; name `k` has ID `2 * (k + 1)`.
        var names: [Int] = []
    }

    /// Tables of the open root graphs, keyed by the graph's address, plus the anonymous counter.
    private struct State {
        var tables: [Int: Table] = [:]
        /// Anonymous objects (edges, `%n` subgraphs) get odd IDs, as in cgraph, so they never
        /// collide with the even IDs of named ones.
        var nextAnonymous: IDTYPE = 1
    }

    private static let state = Mutex(State())

    /// The discipline's callbacks; C function pointers, so they capture nothing.
    static let discipline = Agiddisc_t(
        open: { graph, _ in
            let key = Int(bitPattern: graph)
            GraphvizIDs.state.withLock { $0.tables[key] = Table() }
            return UnsafeMutableRawPointer(graph)
        },
        map: { closure, _, name, id, create in
            guard let id else { return 0 }
            guard let name else {
                id.pointee = GraphvizIDs.state.withLock { state in
                    defer { state.nextAnonymous += 2 }
                    return state.nextAnonymous
                }
                return 1
            }
            let key = Array(UnsafeRawBufferPointer(start: name, count: strlen(name)))
            let graph = Int(bitPattern: closure)
            let found: IDTYPE? = GraphvizIDs.state.withLock { state in
                if let existing = state.tables[graph]?.ids[key] { return existing }
                guard create != 0, let copy = strdup(name) else { return nil }
                state.tables[graph, default: Table()].names.append(Int(bitPattern: copy))
                let newID = IDTYPE(state.tables[graph, default: Table()].names.count) * 2
                state.tables[graph, default: Table()].ids[key] = newID
                return newID
            }
            guard let found else { return 0 }
            id.pointee = found
            return 1
        },
        // Callers may not choose IDs; cgraph's default discipline refuses too.
        alloc: { _, _, _ in 0 },
        // Names stay until the root graph closes, because cgraph may still print them.
        free: { _, _, _ in },
        print: { closure, _, id in
            guard id > 0, id % 2 == 0 else { return nil }
            let graph = Int(bitPattern: closure)
            let address = GraphvizIDs.state.withLock { state -> Int in
                guard let names = state.tables[graph]?.names, Int(id / 2) <= names.count else { return 0 }
                return names[Int(id / 2) - 1]
            }
            return UnsafeMutablePointer<CChar>(bitPattern: address)
        },
        close: { closure in
            let graph = Int(bitPattern: closure)
            let names = GraphvizIDs.state.withLock { $0.tables.removeValue(forKey: graph)?.names ?? [] }
            for address in names { free(UnsafeMutableRawPointer(bitPattern: address)) }
        },
        idregister: { _, _, _ in }
    )
}
