import Engine
import XCTest
@testable import Lang

/// The stdlib's alignment losses (stdlib/10-dpo.aln ... 50-rl.aln), written in Alinea, against the
/// PyTorch port of the authors' code (../shared/fixtures/ref_losses.py): every loss value to a
/// relative error of 1e-5 and every input gradient to 1e-4 of the largest reference gradient.
///
/// The reference runs in float64 (per-token log-softmax in float32, as TRL); the engine computes
/// in float32 throughout, which the bounds leave room for: the worst errors observed are printed
/// as `[fixture]` lines. The identities of papers.md are in StdlibLossIdentities.swift.
final class StdlibLossTests: XCTestCase {
    func testDPOMatchesFixture() throws {
        let f = try LossFixture.load().section("dpo")
        let s = try LossSession()
        let chosen = try s.define("logits_c", f.array("logits_c"), requiresGrad: true)
        let rejected = try s.define("logits_r", f.array("logits_r"), requiresGrad: true)
        for key in ["ref_logits_c", "ref_logits_r", "labels_c", "labels_r"] { try s.define(key, f.array(key)) }
        let beta = try f.number("beta")
        let loss = try s.number("""
            let loss = dpo_loss(sequence_logps(logits_c, labels_c), sequence_logps(logits_r, labels_r),
                                sequence_logps(ref_logits_c, labels_c), sequence_logps(ref_logits_r, labels_r),
                                beta = \(beta))
            loss.backward()
            loss
            """)
        assertLoss(loss, try f.number("loss"), "dpo loss")
        assertValues(chosen.grad, try f.array("grad_logits_c"), "dpo grad logits_c")
        assertValues(rejected.grad, try f.array("grad_logits_r"), "dpo grad logits_r")
    }

    /// MRPO and Multi-DPO: the fixture holds per-example losses (`losses`, as the code's
    /// `losses` before `.mean()`) and the gradients of their mean. The code's ref2 (the policy's
    /// initial model) is the primary reference, so refs = [ref2, ref1].
    func testMRPOAndMultiDPOMatchFixture() throws {
        let fixture = try LossFixture.load()
        for (key, function) in [("mrpo", "mrpo"), ("multi_dpo", "multi_dpo")] {
            let f = try fixture.section(key)
            let s = try LossSession()
            let pc = try s.define("policy_c", f.array("policy_c"), requiresGrad: true)
            let pr = try s.define("policy_r", f.array("policy_r"), requiresGrad: true)
            for name in ["ref1_c", "ref1_r", "ref2_c", "ref2_r"] { try s.define(name, f.array(name)) }
            let (beta, eta, alpha) = (try f.number("beta"), try f.number("eta"), try f.number("alpha"))
            let args = "policy_c, policy_r, [ref2_c, ref1_c], [ref2_r, ref1_r], beta = \(beta), eta = \(eta), alpha = \(alpha)"
            let losses = try s.tensor("\(function)_losses(\(args))")
            let expected = try f.array("losses")
            XCTAssertEqual(losses.shape, expected.shape)
            for (i, (a, e)) in zip(losses.scalars, expected.values).enumerated() {
                assertLoss(Double(a), e, "\(key) losses[\(i)]")
            }
            let mean = try s.number("let loss = \(function)_loss(\(args))\nloss.backward()\nloss")
            assertLoss(mean, expected.values.reduce(0, +) / Double(expected.values.count), "\(key) loss (batch mean)")
            assertValues(pc.grad, try f.array("grad_policy_c"), "\(key) grad policy_c")
            assertValues(pr.grad, try f.array("grad_policy_r"), "\(key) grad policy_r")
        }
    }

    func testSAMIMatchesFixture() throws {
        let f = try LossFixture.load().section("sami")
        let s = try LossSession()
        let logits = try s.define("logits", f.array("logits"), requiresGrad: true)
        try s.define("labels", f.array("labels"))
        let c = Int(try f.number("n_constitutions")), r = Int(try f.number("n_responses"))
        let matrix = try s.tensor("let m = sami_logprob_matrix(logits, labels, \(c), \(r))\nm")
        // Entries are means of float32 log-softmax values, as in the reference: compare them as values.
        assertValues(matrix, try f.array("logprob_matrix"), factor: 1e-5, "sami logprob matrix")
        let loss = try s.number("let loss = sami_loss(m)\nloss.backward()\nloss")
        assertLoss(loss, try f.number("loss"), "sami loss")
        assertValues(logits.grad, try f.array("grad_logits"), "sami grad logits")
    }

    /// The five TNT variants and the NL (code threshold) and UL baselines, at the fixture's alpha = 1.
    func testTNTVariantsAndBaselinesMatchFixture() throws {
        let f = try LossFixture.load().section("tnt")
        let alpha = try f.number("alpha")
        let cases = [
            ("TNFF", "tnt_loss(logits, orig_logits, targets, weights, \"TNFF\", alpha = \(alpha))"),
            ("TNRR", "tnt_loss(logits, orig_logits, targets, weights, \"TNRR\", alpha = \(alpha))"),
            ("TNRF", "tnt_loss(logits, orig_logits, targets, weights, \"TNRF\", alpha = \(alpha))"),
            ("TNFLL", "tnt_loss(logits, orig_logits, targets, weights, variant = \"TNFLL\", alpha = \(alpha))"),
            ("TNRLL", "tnt_loss(logits, orig_logits, targets, weights, variant = \"TNRLL\", alpha = \(alpha))"),
            ("NL(code)", "nl_loss(logits, targets, weights, alpha = \(alpha))"),
            ("UL", "ul_loss(logits, targets, weights, alpha = \(alpha))"),
        ]
        for (key, call) in cases {
            let expected = try f.section(key)
            let s = try LossSession()
            let logits = try s.define("logits", f.array("logits"), requiresGrad: true)
            for name in ["orig_logits", "targets", "weights"] { try s.define(name, f.array(name)) }
            let loss = try s.number("let loss = \(call)\nloss.backward()\nloss")
            assertLoss(loss, try expected.number("loss"), "tnt \(key) loss")
            assertValues(logits.grad, try expected.array("grad_logits"), "tnt \(key) grad logits")
        }
    }

    func testKLPenalizedRewardsAndReinforceMatchFixture() throws {
        let f = try LossFixture.load().section("rl")
        let s = try LossSession()
        let logprobs = try s.define("logprobs", f.array("logprobs"), requiresGrad: true)
        for name in ["ref_logprobs", "mask", "scores"] { try s.define(name, f.array(name)) }
        let coef = try f.number("kl_coef")
        let rewards = try s.tensor(
            "kl_penalized_token_rewards(scores, logprobs.detach(), ref_logprobs, mask, \(coef))[\"rewards\"]")
        // Values, not gradients, but the same scale-relative bound, tightened to 1e-5: the KL
        // terms are ~1e-3 next to scores ~1, so a per-element relative bound would test float32
        // cancellation in log pi - log pi_ref rather than the function.
        assertValues(rewards, try f.array("token_rewards"), factor: 1e-5, "rl token rewards")
        let loss = try s.number("let loss = reinforce_kl_loss(logprobs, ref_logprobs, scores, mask, \(coef))\nloss.backward()\nloss")
        assertLoss(loss, try f.number("reinforce_loss"), "rl reinforce loss")
        assertValues(logprobs.grad, try f.array("grad_logprobs"), "rl grad logprobs")
    }

    /// A missing fixture must fail loudly (the message says where it looked), not pass silently.
    func testFixturePathIsBesideThePackage() {
        XCTAssertTrue(LossFixture.path.hasSuffix("/shared/fixtures/alignment_reference.json"), LossFixture.path)
        XCTAssertFalse(LossFixture.path.contains("/Tests/"), LossFixture.path)
    }
}
