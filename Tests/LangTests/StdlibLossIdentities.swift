import Engine
import XCTest
@testable import Lang

/// The identities papers.md states for the stdlib losses, and values without a fixture entry
/// (MRPO's confidence weights, GAE, whitening, PPO) checked against numbers printed by
/// ../shared/fixtures/ref_losses.py's functions in float64 (the inputs are written out here).
extension StdlibLossTests {
    private static let policyChosen = [-12.0, -30.0], policyRejected = [-15.0, -25.0]
    private static let refs: [(chosen: [Double], rejected: [Double])] = [
        ([-12.5, -31.0], [-15.5, -24.0]),  // primary
        ([-13.0, -40.0], [-14.0, -20.0]),
        ([-12.8, -33.0], [-14.5, -23.0]),
    ]

    private func preferenceSession() throws -> (LossSession, Tensor, Tensor) {
        let s = try LossSession()
        let pc = try s.define("pc", shape: [2], Self.policyChosen, requiresGrad: true)
        let pr = try s.define("pr", shape: [2], Self.policyRejected, requiresGrad: true)
        for (k, r) in Self.refs.enumerated() {
            try s.define("rc\(k)", shape: [2], r.chosen)
            try s.define("rr\(k)", shape: [2], r.rejected)
        }
        return (s, pc, pr)
    }

    /// papers.md §2: with identical references and a fixed alpha the virtual reference is the
    /// reference itself, so MRPO is DPO (value and gradient), in both weight modes and for K = 3.
    func testMRPOWithIdenticalReferencesAndFixedAlphaEqualsDPO() throws {
        let calls = [
            "mrpo_loss(pc, pr, [rc0, rc0], [rr0, rr0], alpha = 0.5)",
            "mrpo_loss(pc, pr, [rc0, rc0], [rr0, rr0], alpha = 0.3, beta = 0.2)",
            "mrpo_loss(pc, pr, [rc0, rc0, rc0], [rr0, rr0, rr0], alpha = 0.3, weight_mode = \"confidence\")",
            "mrpo_loss(pc, pr, [rc0], [rr0], weight_mode = \"confidence\")",
        ]
        for call in calls {
            let (s, pc, pr) = try preferenceSession()
            let beta = call.contains("beta = 0.2") ? 0.2 : 0.1
            let dpo = try s.number("let d = dpo_loss(pc, pr, rc0, rr0, beta = \(beta))\nd.backward()\nd")
            let dpoGrads = [pc.grad?.scalars ?? [], pr.grad?.scalars ?? []]
            try s.run("pc.grad = nil\npr.grad = nil")
            let mrpo = try s.number("let m = \(call)\nm.backward()\nm")
            XCTAssertEqual(mrpo, dpo, accuracy: 1e-6 * dpo, call)
            for (a, b) in zip([pc.grad?.scalars ?? [], pr.grad?.scalars ?? []], dpoGrads) {
                XCTAssertEqual(a.count, 2, call)
                for (x, y) in zip(a, b) { XCTAssertEqual(x, y, accuracy: 1e-7, call) }
            }
        }
    }

    /// A weight of 1 on one reference makes the virtual reference that reference: MRPO with
    /// alpha = 1 is DPO against the primary, and with alpha = 0 it is Multi-DPO with all weight on
    /// the clipped external (whose alpha is placed the other way round, as in the code).
    func testMRPOWithAllWeightOnOneReference() throws {
        let (s, _, _) = try preferenceSession()
        let dpo = try s.number("dpo_loss(pc, pr, rc0, rr0)")
        XCTAssertEqual(try s.number("mrpo_loss(pc, pr, [rc0, rc1], [rr0, rr1], alpha = 1)"), dpo, accuracy: 1e-6 * dpo)
        let external = try s.number("multi_dpo_loss(pc, pr, [rc0, rc1], [rr0, rr1], alpha = 1)")
        XCTAssertEqual(try s.number("mrpo_loss(pc, pr, [rc0, rc1], [rr0, rr1], alpha = 0)"), external, accuracy: 1e-6 * external)
        XCTAssertEqual(try s.number("multi_dpo_loss(pc, pr, [rc0, rc1], [rr0, rr1], alpha = 0)"), dpo, accuracy: 1e-6 * dpo)
    }

    /// weight_mode = "confidence" is ref_losses.py's mrpo_loss_general (weights ∝ |margin_k|);
    /// expected per-example losses printed by it for K = 2 and K = 3 (primary = index 0).
    func testMRPOConfidenceModeMatchesGeneralReference() throws {
        let (s, pc, _) = try preferenceSession()
        let two = try s.tensor("mrpo_losses(pc, pr, [rc0, rc1], [rr0, rr1], weight_mode = \"confidence\")")
        for (a, e) in zip(two.scalars, [0.6781393764313944, 0.5029395004093831]) { assertLoss(Double(a), e, "mrpo confidence K=2") }
        let three = try s.tensor("let l = mrpo_losses(pc, pr, [rc0, rc1, rc2], [rr0, rr1, rr2], weight_mode = \"confidence\")\nl.mean().backward()\nl")
        for (a, e) in zip(three.scalars, [0.6680815773555161, 0.4974652700431097]) { assertLoss(Double(a), e, "mrpo confidence K=3") }
        assertValues(pc.grad, FixtureArray(shape: [2], values: [-0.024365440332792532, -0.019596499938553173]), "mrpo confidence K=3 grad")
        // The code's weights equal the general form with the code's placement: alpha sits on the primary.
        let v = try s.tensor("mrpo_virtual_reference([rc0, rc1], [rr0, rr1])[\"alpha\"]")
        assertValues(v, FixtureArray(shape: [2], values: [1 / (4 + 1e-6), 20 / (27 + 1e-6)]), factor: 1e-6, "mrpo code alpha")
    }

    /// papers.md §3: L = ½(−mean_i(M_ii − LSE_j M_ij) − mean_j(M_jj − LSE_i M_ij)), and gradcheck.
    func testSAMILossClosedFormAndGradcheck() throws {
        let m: [[Double]] = [[-1.2, -2.5, -0.7], [-3.1, -0.4, -1.9], [-0.8, -2.2, -1.5]]
        func lse(_ xs: [Double]) -> Double { let c = xs.max() ?? 0; return c + log(xs.map { exp($0 - c) }.reduce(0, +)) }
        let n = m.count
        let row = (0..<n).map { m[$0][$0] - lse(m[$0]) }.reduce(0, +) / Double(n)
        let col = (0..<n).map { j in m[j][j] - lse((0..<n).map { m[$0][j] }) }.reduce(0, +) / Double(n)
        let s = try LossSession()
        try s.define("M", shape: [3, 3], m.flatMap { $0 })
        assertLoss(try s.number("sami_loss(M)"), 0.5 * (-row - col), "sami closed form")
        XCTAssertEqual(try s.run("gradcheck(sami_loss, [M])[0][\"passed\"]")?.description, "true")
        let acc = try s.run("let a = sami_accuracies(M)\n[a[\"row\"], a[\"col\"]]")
        // Row 1 and column 1 are the only ones whose largest entry is on the diagonal.
        XCTAssertEqual(acc?.description, "[0.3333333333333333, 0.3333333333333333]")
    }

    private func tntSession() throws -> LossSession {
        let s = try LossSession()
        try s.run("""
            seed(7)
            let orig = randn(2, 4, 6)
            let targets = randint(0, 6, [2, 4])
            let weights = tensor([[1, -1, 1, 1], [-1, 1, -1, 0]])
            """)
        return s
    }

    /// papers.md §4: at θ = θ_o with no flagged token the TNFF gradient is zero (the target is the
    /// original model's own distribution), and the TNRR loss is ~0.
    func testTNFFGradientIsZeroAtTheOriginalModelWhenNothingIsFlagged() throws {
        let s = try tntSession()
        let grad = try s.tensor("""
            let z = orig.copy().requires_grad_()
            tnt_loss(z, orig, targets, ones(2, 4), "TNFF").backward()
            z.grad
            """)
        XCTAssertLessThan(grad.scalars.map(abs).max() ?? 1, 1e-6)
        XCTAssertLessThan(abs(try s.number("tnt_loss(orig, orig, targets, ones(2, 4), \"TNRR\")")), 1e-4)
    }

    /// papers.md §4: the forward target gives the flagged token probability exactly 0, keeps the
    /// original conditional elsewhere, and sums to 1; the reverse target keeps log p̃ finite.
    func testTNTTargetZeroesTheFlaggedToken() throws {
        let s = try tntSession()
        let flagged = try s.tensor("let d = tnt_desired_dist_ff(orig, targets, weights)\n(gather(d, 2, targets.unsqueeze(-1)).squeeze(-1) * (weights < 0)).abs().sum()")
        XCTAssertEqual(flagged.scalars, [0])
        let sums = try s.tensor("d.sum(axis = -1)")
        for x in sums.scalars { XCTAssertEqual(x, 1, accuracy: 1e-6) }
        let kept = try s.number("((d - softmax(orig)).abs().sum(axis = -1) * (weights > 0)).max()")
        XCTAssertLessThan(kept, 1e-6)
        let smoothed = try s.number("(gather(tnt_desired_logprobs_smoothed(orig, targets, weights), 2, targets.unsqueeze(-1)).squeeze(-1) * (weights < 0)).min()")
        XCTAssertEqual(smoothed, log(1e-6 / (1 + 6e-6)), accuracy: 1e-3)
    }

    /// ref_losses.py gradchecks TNFF, TNRR and TNRF (alpha = 3), here all five variants. The engine
    /// is float32: with the default step 1e-3 the finite differences of a loss of ~30 drown in
    /// rounding (errors ~5e-3), so the step is 1e-2 (truncation errors ~4e-4, within tolerance).
    func testTNTGradcheck() throws {
        let s = try tntSession()
        for variant in ["TNFF", "TNRR", "TNRF", "TNFLL", "TNRLL"] {
            let passed = try s.run("gradcheck(fn(z) { tnt_loss(z, orig, targets, weights, \"\(variant)\", alpha = 3) }, [orig + 0.3], eps = 1e-2)[0][\"passed\"]")
            XCTAssertEqual(passed?.description, "true", variant)
        }
    }

    func testTNTTokenWeightModes() throws {
        let s = try LossSession()
        try s.run("let neg = tensor([[5, 2, 7, 3, -100], [1, 1, 1, 1, 1]])\nlet fix = tensor([[5, 4, 7, 0, -100], [1, 1, 1, 1, 1]])")
        let cases = [
            ("all_diff", "[[1, -1, 1, -1, 0], [1, 1, 1, 1, 1]]"),
            ("first_diff", "[[1, -1, 1, 1, 0], [1, 1, 1, 1, 1]]"),
            ("all", "[[-1, -1, -1, -1, 0], [-1, -1, -1, -1, -1]]"),
        ]
        for (mode, expected) in cases {
            XCTAssertEqual(try s.run("tnt_token_weights(neg, fix, \"\(mode)\").tolist()")?.description, expected, mode)
        }
    }

    /// GAE, whitening and the PPO loss on written-out inputs, against ref_losses.py's gae/whiten/
    /// ppo_loss (scores, logprobs, ref_logprobs, mask as below, kl_coef 0.05; new logprobs =
    /// old + delta, vpreds = values + vdelta).
    func testGAEWhitenAndPPOMatchReference() throws {
        let s = try LossSession()
        try s.run("""
            let old = tensor([[-1.2, -0.7, -2.1, -0.4, -1.6], [-0.9, -1.8, -0.3, -1.1, -2.4]])
            let ref = tensor([[-1.1, -0.9, -2.0, -0.5, -1.3], [-1.0, -1.5, -0.4, -1.2, -2.0]])
            let mask = tensor([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]])
            let values = tensor([[0.5, -0.2, 0.1, 0.3, -0.4], [0.2, 0.0, -0.3, 0.6, 0.1]])
            let new = (old + tensor([[0.05, -0.3, 0.1, 0.25, -0.02], [0.3, -0.25, 0.0, 0.1, -0.1]])).detach().requires_grad_()
            let vpreds = (values + tensor([[0.1, -0.3, 0.05, 0.25, 0.0], [-0.1, 0.2, 0.3, -0.05, 0.1]])).detach().requires_grad_()
            let rewards = kl_penalized_token_rewards(tensor([0.8, -0.3]), old, ref, mask, 0.05)["rewards"]
            let g = gae(values, rewards, mask)
            let adv = whiten(g["advantages"], mask)
            let out = ppo_loss(old, new, adv, values, vpreds, g["returns"], mask)
            out["loss"].backward()
            """)
        func expect(_ code: String, _ values: [Double], factor: Double = 1e-5, _ what: String) throws {
            assertValues(try s.tensor(code), FixtureArray(shape: [2, 5], values: values), factor: factor, what)
        }
        try expect("g[\"advantages\"]", [0.15068821874999982, 0.890198125, 0.6317875, 0.4492499999999999, 1.215,
                                        -0.44890062499999994, -0.25673749999999995, 0.029750000000000054, -0.595, -0.1], "gae advantages")
        try expect("g[\"returns\"]", [0.6506882187499998, 0.690198125, 0.7317874999999999, 0.74925, 0.8150000000000001,
                                     -0.24890062499999993, -0.25673749999999995, -0.27024999999999993, 0.0050000000000000044, 0.0], "gae returns")
        try expect("adv", [-0.3411411659096166, 1.045445312067145, 0.5609235019301038, 0.2186643555893132, 1.654451201089336,
                           -1.4653746292655658, -1.1050673657132621, -0.5679012097874537, -1.7393120249701364, -0.8111834078986232], "whiten")
        assertLoss(try s.number("out[\"loss\"]"), 0.08688920276610522, "ppo loss")
        assertLoss(try s.number("out[\"pg_loss\"]"), 0.06376830287572113, "ppo pg_loss")
        assertLoss(try s.number("out[\"vf_loss\"]"), 0.2312089989038409, "ppo vf_loss")
        try expect("new.grad", [0.04482898093809972, -0.0968106169882032, -0.07748954269978751, 0.0, -0.20271135904481685,
                                0.24725610621406802, 0.0, 0.07098765122343172, 0.0, 0.0], factor: 1e-4, "ppo grad logprobs")
        try expect("vpreds.grad", [-0.0006336027343749981, -0.0148774765625, -0.007272343749999999, 0.0, -0.015187500000000001,
                                   0.0043612578125, 0.00570921875, 0.003378124999999999, 0.0, 0.0], factor: 1e-4, "ppo grad vpreds")
        // With gamma = lam = 1, GAE's advantage is the reward-to-go minus the value.
        let gap = try s.number("(gae(values, rewards, mask, lam = 1)[\"advantages\"] - (reward_to_go(rewards) - values)).abs().max()")
        XCTAssertLessThan(gap, 1e-6)
        let w = try s.tensor("whiten(g[\"advantages\"], mask)")
        XCTAssertEqual(try s.number("masked_mean(adv, mask)"), 0, accuracy: 1e-6)
        XCTAssertEqual(w.shape, [2, 5])
    }

    func testKLControllers() throws {
        let s = try LossSession()
        XCTAssertEqual(try s.number("adaptive_kl_coef(0.2, 12, 256)"), 0.2 * (1 + 0.2 * 256 / 10000), accuracy: 1e-12)
        XCTAssertEqual(try s.number("adaptive_kl_coef(0.2, 5, 100)"), 0.2 * (1 - 1.0 / 6 * 100 / 10000), accuracy: 1e-12)
        XCTAssertEqual(try s.number("rl4lms_kl_coef(0.001, 0.5)"), 0.001 * (1 - 0.02), accuracy: 1e-15)
    }

    /// TRL's metric names and meaning; sft_loss is the mean token NLL over unmasked labels.
    func testDPOMetricsAndSFT() throws {
        let (s, _, _) = try preferenceSession()
        let metrics = try s.run("dpo_metrics(pc, pr, rc0, rr0)")
        XCTAssertEqual(metrics?.description, "{\"rewards/chosen\": 0.07500000298023224, \"rewards/rejected\": -0.02500000037252903, "
                       + "\"rewards/margins\": 0.10000000149011612, \"rewards/accuracies\": 0.5, \"logps/chosen\": -21, \"logps/rejected\": -20}")
        try s.run("seed(3)\nlet logits = randn(2, 5, 4)\nlet labels = tensor([[-100, -100, 1, 3, 0], [-100, 2, 2, -100, -100]])")
        let sft = try s.number("sft_loss(logits, labels)")
        let manual = try s.number("-sequence_logps(logits, labels).sum() / 5")  // 3 + 2 labels after the shift
        XCTAssertEqual(sft, manual, accuracy: 1e-6)
    }
}
