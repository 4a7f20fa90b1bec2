import Lang

/// W6: the interpreter on recursive fib(25) and a 1,000,000-iteration accumulation loop, ms/run,
/// timed inside the interpreter after parsing (the same programs as ../shared/bench/bench_w6_interp.*).
func runInterpreter(_ harness: BenchHarness, _ threads: Int) throws {
    let session = Session()
    let setup = session.run("""
        fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }
        fn accum(n) {
            let acc = 0
            for i in range(n) { acc = acc + i * 0.5 }
            acc
        }
        """, name: "w6.aln")
    guard setup.succeeded else { throw BenchError("W6 setup failed: \(setup.diagnostics)") }
    let programs: [(String, String, Int, Double)] = [
        ("fib(25) recursive", "fib(25)", 25, 75025),
        ("1e6-iter loop acc += i*0.5", "accum(1000000)", 1_000_000, 249999750000),
    ]
    for (variant, call, size, expected) in programs {
        let check = session.run(call)
        guard case .number(let v)? = check.value, v == expected else {
            throw BenchError("W6 \(call) gave \(String(describing: check.value)), expected \(expected)")
        }
        let seconds = harness.measure(inner: 1) { _ = session.run(call) }
        harness.emit(workload: "W6_interp", variant: variant, threads: threads, size: size,
                     metric: "ms/run", unit: "ms", samples: seconds.map { $0 * 1e3 })
    }
    // Interpreter overhead around tensor work: a DSL loop adding two 16-element tensors.
    _ = session.run("let ta = arange(16)\nlet tb = ones(16)\nfn tensor_loop(n) { for i in range(n) { ta + tb } }")
    let perLoop = harness.measure(inner: 1) { _ = session.run("tensor_loop(10000)") }
    harness.emit(workload: "W2_op_overhead", variant: "Alinea loop: ta + tb (16 floats)", threads: threads, size: 16,
                 metric: "per_op_latency", unit: "us/op", samples: perLoop.map { $0 / 10000 * 1e6 })
}

/// A benchmark that could not run as written.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
