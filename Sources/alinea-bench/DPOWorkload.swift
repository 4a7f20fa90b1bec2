import Lang
import Stdlib

/// W5: one DPO training step on the W4 model, written in Alinea through the stdlib's `dpo_loss`:
/// 16 pairs of 64 tokens (32 prompt + 32 response), policy forward+backward on chosen and
/// rejected concatenated into one batch, frozen reference forward under no_grad, AdamW.
func runDPOStep(_ harness: BenchHarness, _ threads: Int) throws {
    let prelude = try Stdlib.files().map { SourceFile(name: "stdlib/\($0.name)", text: $0.source) }
    let session = Session(prelude: prelude)
    let setup = session.run("""
        seed(0)
        let pairs = 16
        let prompt = randint(0, 96, [pairs, 32])
        let chosen = concat([prompt, randint(0, 96, [pairs, 32])], axis = 1)
        let rejected = concat([prompt, randint(0, 96, [pairs, 32])], axis = 1)
        let seqs = concat([chosen, rejected], axis = 0)
        # Labels: the prompt is masked with -100, so sequence_logps sums over response tokens only.
        let labels = seqs.copy()
        labels[:, :32] = -100
        let policy = GPT(vocab_size = 96, context = 64, d_model = 128, heads = 4, layers = 2)
        let reference = policy.copy().freeze()
        let opt = AdamW(policy, lr = 1e-5, betas = [0.9, 0.99], weight_decay = 0.1)
        fn dpo_step() {
            let ref_logps = no_grad { sequence_logps(reference(seqs), labels) }
            let logps = sequence_logps(policy(seqs), labels)
            let loss = dpo_loss(logps[:pairs], logps[pairs:], ref_logps[:pairs], ref_logps[pairs:], beta = 0.1)
            opt.zero_grad()
            loss.backward()
            opt.step()
            loss
        }
        """, name: "w5.aln")
    guard setup.succeeded else { throw BenchError("W5 setup failed: \(DiagnosticRenderer().render(setup.diagnostics))") }
    let seconds = harness.measure(inner: 1) { _ = session.run("dpo_step()") }
    let check = session.run("dpo_step().item()")
    guard case .number(let loss)? = check.value, loss.isFinite else {
        throw BenchError("W5 step failed: \(DiagnosticRenderer().render(check.diagnostics))")
    }
    harness.emit(workload: "W5_dpo", variant: "Alinea script, stdlib dpo_loss, concat chosen+rejected, AdamW",
                 threads: threads, size: 16, metric: "ms/step", unit: "ms", samples: seconds.map { $0 * 1e3 })
}
