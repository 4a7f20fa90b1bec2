import CGraphviz
import Glibc

/// Parses DOT text with cgraph's `agread`, working around two Graphviz 2.42 traps of `agmemread`.
///
/// * The lexer keeps unread input between calls, so text after the first graph (or its trailing
///   newline) leaked into the next parse: a second graph in one string replaced the next call's
///   graph, and line numbers in error messages drifted. Each parse therefore reads on to the end
///   of its own text and rejects a second graph, and line numbering restarts at 1.
/// * The default ID discipline makes layouts depend on heap addresses; `GraphvizIDs` replaces it.
enum DotParser {
    /// The read position in the DOT bytes, handed to cgraph as the I/O channel.
    struct Reader {
        var base: UnsafePointer<UInt8>?
        var count: Int
        var position = 0
    }

    /// cgraph's discipline for parsing: default memory, creation-order IDs, reading from a `Reader`.
    static func makeDiscipline() -> UnsafeMutablePointer<Agdisc_t> {
        var io = alinea_agiodisc()
        io.afread = { channel, buffer, size in
            guard let reader = channel?.assumingMemoryBound(to: Reader.self), let buffer,
                  let base = reader.pointee.base, size > 0 else { return 0 }
            let count = min(Int(size), reader.pointee.count - reader.pointee.position)
            guard count > 0 else { return 0 }
            UnsafeMutableRawPointer(buffer).copyMemory(from: base + reader.pointee.position, byteCount: count)
            reader.pointee.position += count
            return Int32(count)
        }
        // Graphs keep pointers to these for their whole life, so they are allocated once, never freed.
        let ioDiscipline = UnsafeMutablePointer<Agiodisc_t>.allocate(capacity: 1)
        ioDiscipline.initialize(to: io)
        let idDiscipline = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
        idDiscipline.initialize(to: GraphvizIDs.discipline)
        let discipline = UnsafeMutablePointer<Agdisc_t>.allocate(capacity: 1)
        discipline.initialize(to: Agdisc_t(mem: alinea_agmemdisc(), id: idDiscipline, io: ioDiscipline))
        return discipline
    }

    /// The one graph in `dot`; must run inside `GraphvizSession.withContext`. The caller closes it.
    static func parse(_ dot: String, discipline: UnsafeMutablePointer<Agdisc_t>)
        throws(GraphExportError) -> UnsafeMutablePointer<Agraph_t> {
        agsetfile(nil)  // restarts line numbers at 1 and drops any file name from messages
        let bytes = Array(dot.utf8)
        let outcome = bytes.withUnsafeBufferPointer { buffer -> Result<UnsafeMutablePointer<Agraph_t>, GraphExportError> in
            var reader = Reader(base: buffer.baseAddress, count: buffer.count)
            return withUnsafeMutablePointer(to: &reader) { channel in
                guard let graph = agread(channel, discipline) else {
                    let errors = GraphvizSession.messages().errors
                    return .failure(errors.isEmpty ? .emptyInput : .syntax(errors.joined(separator: "; ")))
                }
                // Reading on to the end empties the lexer; cgraph flushes it when no graph follows.
                if let extra = agread(channel, discipline) {
                    agclose(extra)
                    agclose(graph)
                    return .failure(.syntax("the DOT text holds more than one graph"))
                }
                let errors = GraphvizSession.messages().errors
                guard errors.isEmpty else {
                    agclose(graph)
                    return .failure(.syntax(errors.joined(separator: "; ")))
                }
                return .success(graph)
            }
        }
        return try outcome.get()
    }
}
