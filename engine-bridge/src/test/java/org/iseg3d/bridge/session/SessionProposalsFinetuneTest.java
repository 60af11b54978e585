package org.iseg3d.bridge.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.jme3.math.Vector3f;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.click.ClickSegmenter;
import org.iseg3d.core.click.EmbeddingSelection;
import org.iseg3d.core.click.ShapeContext;
import org.iseg3d.core.finetune.FineTuner;
import org.iseg3d.core.finetune.FinetuneParams;
import org.iseg3d.core.propose.Proposal;
import org.iseg3d.core.propose.ProposalParams;
import org.iseg3d.core.propose.ProposalSeededSelection;
import org.iseg3d.core.propose.Proposals;
import org.iseg3d.scenes.Fixtures;
import org.junit.jupiter.api.Test;

/** Part proposals and online fine-tuning in one session: a fine-tuned embedding keeps the proposals. */
class SessionProposalsFinetuneTest {

    @Test
    void afterAFineTuningRoundTheSelectionIsStillSeededByTheProposal() throws Exception {
        SessionFinetuneTest.ScaleModel model = new SessionFinetuneTest.ScaleModel();
        SessionConfig config = SessionConfig.embedding(model)
                .withPoints(2048)
                .withSeed(3L)
                .withFinetune(new FinetuneParams(3, 0.5f))
                .withProposals(ProposalParams.DEFAULTS);
        BlockingQueue<FinetuneEvent> events = new LinkedBlockingQueue<>();
        try (SegmentationSession s = new SegmentationSession(config)) {
            s.addFinetuneListener(events::add);
            s.open(Fixtures.fixture("chair")).get(60, TimeUnit.SECONDS);
            Proposals p = s.proposals().get(60, TimeUnit.SECONDS);
            assertNotNull(p);
            Proposal big = p.get(0);
            assertInstanceOf(ClickOutcome.Accepted.class, s.clickProposal(0).get(60, TimeUnit.SECONDS));

            // a negative click on a member of the proposal 0.4 from its representative (inside ε_cte: E > 0)
            SampledShape shape = s.scene().orElseThrow().shape();
            int rep = big.representative();
            int neg = rep;
            double best = Double.MAX_VALUE;
            for (int i : big.points()) {
                double off = Math.abs(Math.sqrt(shape.cloud().distanceSq(i, rep)) - 0.4);
                if (off < best) {
                    best = off;
                    neg = i;
                }
            }
            Vector3f at = new Vector3f(
                    shape.cloud().x(neg), shape.cloud().y(neg), shape.cloud().z(neg));
            assertInstanceOf(ClickOutcome.Accepted.class, s.click(at, false).get(60, TimeUnit.SECONDS));
            FinetuneEvent e = events.poll(60, TimeUnit.SECONDS);
            assertNotNull(e, "a fine-tuning round was reported");
            assertEquals(FineTuner.Status.TUNED, e.status());
            assertNotEquals(1f, model.scale, "the weights changed");

            // the mask after the round: the proposal-seeded rule over the tuned embedding, not the plain rule
            SessionState now = s.state();
            ShapeContext ctx = ShapeContext.of(shape.cloud(), ClickParams.DEFAULTS.neighborsNeeded());
            float[] emb = model.embed(shape.cloud());
            boolean[] seeded = new ClickSegmenter(
                            ctx,
                            new ProposalSeededSelection(
                                    new EmbeddingSelection(emb, 3, ClickParams.DEFAULTS.alpha()), p, emb, 3),
                            ClickParams.DEFAULTS)
                    .segment(now.clicks())
                    .selected();
            boolean[] plain = ClickSegmenter.ofEmbedding(ctx, emb, 3, ClickParams.DEFAULTS)
                    .segment(now.clicks())
                    .selected();
            assertArrayEquals(seeded, now.mask().selected());
            assertFalse(java.util.Arrays.equals(plain, seeded), "the test tells the two rules apart");
        }
    }
}
