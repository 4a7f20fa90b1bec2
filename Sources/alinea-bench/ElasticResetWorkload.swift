import Lang
import Stdlib

/// One Elastic Reset iteration on the W4 model, written in Alinea through the stdlib: sample 16
/// continuations of 32 tokens (KV cache), score them with an Alinea reward, one KL-penalised
/// REINFORCE update with AdamW, and the EMA update. Reported whole and broken down.
func runElasticResetIteration(_ harness: BenchHarness, _ threads: Int) throws {
    let prelude = try Stdlib.files().map { SourceFile(name: "stdlib/\($0.name)", text: $0.source) }
    let session = Session(prelude: prelude)
    let setup = session.run("""
        seed(0)
        let policy = GPT(vocab_size = 96, context = 64, d_model = 128, heads = 4, layers = 2)
        let init = policy.copy().freeze()
        let ema = policy.copy().freeze()
        let opt = AdamW(policy, lr = 1e-5)
        let prompts = []
        for i in range(16) { append(prompts, randint(0, 96, [8]).tolist()) }
        # The reward: how often token 7 appears in the continuation (a hackable count).
        fn reward(tokens) { let n = 0; for t in tokens { if t == 7 { n = n + 1 } }; n }
        let batch = nil
        fn sample() { batch = rollout(policy, prompts, reward, max_new_tokens = 32) }
        fn update() {
            let logprobs = token_logprobs(policy, batch)
            let ref_logprobs = reference_logprobs(init, batch)
            let loss = reinforce_kl_loss(logprobs, ref_logprobs, batch["scores"], batch["mask"], 0.05)
            opt.zero_grad()
            loss.backward()
            opt.step()
            ema_update(ema, policy, 0.995)
        }
        """, name: "w7.aln")
    guard setup.succeeded else { throw BenchError("Elastic Reset setup failed: \(DiagnosticRenderer().render(setup.diagnostics))") }
    for (variant, call) in [("sampling (16 × 32 tokens, KV cache) + scoring", "sample()"),
                            ("update (policy and reference log-probs, REINFORCE-KL, AdamW, EMA)", "update()"),
                            ("whole iteration", "sample()\nupdate()")] {
        let check = session.run(call)
        guard check.succeeded else { throw BenchError("Elastic Reset \(call) failed: \(DiagnosticRenderer().render(check.diagnostics))") }
        let seconds = harness.measure(inner: 1) { _ = session.run(call) }
        harness.emit(workload: "W7_elastic_reset", variant: variant, threads: threads, size: 16,
                     metric: "ms/iteration", unit: "ms", samples: seconds.map { $0 * 1e3 })
    }
}
