package org.iseg3d.bridge.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jme3.math.Vector3f;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.core.embed.FpfhEmbedder;
import org.iseg3d.core.embed.XyzEmbedder;
import org.iseg3d.core.eval.SegmentationMethod;
import org.iseg3d.core.metrics.Iou;
import org.iseg3d.core.propose.Proposal;
import org.iseg3d.core.propose.ProposalParams;
import org.iseg3d.core.propose.Proposals;
import org.iseg3d.scenes.Fixtures;
import org.junit.jupiter.api.Test;

/** Part proposals in a session: computed after opening, announced, and a first click on one selects it. */
class SessionProposalsTest {

    private static SessionConfig fpfhWithProposals() {
        return SessionConfig.embedding(new FpfhEmbedder())
                .withPoints(2048)
                .withSeed(3L)
                .withProposals(ProposalParams.DEFAULTS);
    }

    @Test
    void proposalsAreAnnouncedOnceAndCoverTheChairInConnectedPieces() throws Exception {
        List<Proposals> announced = new CopyOnWriteArrayList<>();
        try (SegmentationSession session = new SegmentationSession(fpfhWithProposals())) {
            session.addListener(new SessionListener() {
                @Override
                public void stateChanged(SessionState previous, SessionState current, String step) {}

                @Override
                public void proposalsReady(Proposals proposals) {
                    announced.add(proposals);
                }
            });
            session.open(Fixtures.fixture("chair")).get(60, TimeUnit.SECONDS);
            Proposals p = session.proposals().get(60, TimeUnit.SECONDS);
            assertEquals(1, announced.size());
            assertSame(p, announced.get(0));
            assertEquals(2048, p.pointCount());
            assertTrue(p.count() >= 2, "a chair has several candidate parts, got " + p.count());
            int covered = 0;
            for (Proposal q : p.proposals()) {
                assertTrue(q.size() >= ProposalParams.DEFAULTS.minSize(2048));
                assertEquals(q.id(), p.proposalAt(q.representative()));
                for (int i : q.points()) {
                    assertEquals(q.id(), p.proposalAt(i));
                }
                covered += q.size();
            }
            assertTrue(covered > 2048 * 0.95, "nearly every point is in a proposal: " + covered);
        }
    }

    @Test
    void firstClickOnAProposalSelectsItAndANegativeClickRefinesIt() throws Exception {
        try (SegmentationSession session = new SegmentationSession(fpfhWithProposals())) {
            session.open(Fixtures.fixture("chair")).get(60, TimeUnit.SECONDS);
            Proposals p = session.proposals().get(60, TimeUnit.SECONDS);
            Proposal big = p.get(0);
            ClickOutcome.Accepted first = assertInstanceOf(
                    ClickOutcome.Accepted.class, session.clickProposal(0).get(60, TimeUnit.SECONDS));
            boolean[] selected = first.state().mask().selected();
            double iou = Iou.percent(p.mask(0), selected);
            assertTrue(iou >= 90, "one click on proposal 0 selects it (after OR + SS): IoU " + iou);
            assertTrue(first.state().maskTriangles() > 0);

            // a negative click on the proposal's member farthest (in space) from the first click splits it off
            SampledShape shape = session.scene().orElseThrow().shape();
            int rep = big.representative();
            int far = rep;
            float best = -1;
            for (int i : big.points()) {
                float d = shape.cloud().distanceSq(i, rep);
                if (d > best) {
                    best = d;
                    far = i;
                }
            }
            Vector3f at = new Vector3f(
                    shape.cloud().x(far), shape.cloud().y(far), shape.cloud().z(far));
            ClickOutcome.Accepted second = assertInstanceOf(
                    ClickOutcome.Accepted.class, session.click(at, false).get(60, TimeUnit.SECONDS));
            assertTrue(
                    second.state().mask().count() < first.state().mask().count(),
                    "the negative click splits " + "the proposal: "
                            + second.state().mask().count() + " of "
                            + first.state().mask().count());

            assertEquals(first.state(), session.undo().get(60, TimeUnit.SECONDS), "undo restores the proposal");
            SessionState none = session.undo().get(60, TimeUnit.SECONDS);
            assertEquals(0, none.mask().count());
        }
    }

    @Test
    void withoutProposalsTheFutureCompletesWithNullAndClicksAreUnchanged() throws Exception {
        SessionConfig plain =
                SessionConfig.embedding(new XyzEmbedder()).withPoints(2048).withSeed(3L);
        try (SegmentationSession a = new SegmentationSession(plain);
                SegmentationSession b = new SegmentationSession(plain.withProposals(ProposalParams.DEFAULTS))) {
            a.open(Fixtures.fixture("mug")).get(60, TimeUnit.SECONDS);
            b.open(Fixtures.fixture("mug")).get(60, TimeUnit.SECONDS);
            assertNull(a.proposals().get(60, TimeUnit.SECONDS));
            Proposals p = b.proposals().get(60, TimeUnit.SECONDS);
            // a first click outside every proposal and a second positive click behave as without proposals
            SampledShape shape = a.scene().orElseThrow().shape();
            int point = p.get(0).representative();
            Vector3f at = new Vector3f(
                    shape.cloud().x(point),
                    shape.cloud().y(point),
                    shape.cloud().z(point));
            ClickOutcome.Accepted plainClick = assertInstanceOf(
                    ClickOutcome.Accepted.class, a.click(at, true).get(60, TimeUnit.SECONDS));
            ClickOutcome.Accepted seeded = assertInstanceOf(
                    ClickOutcome.Accepted.class, b.click(at, true).get(60, TimeUnit.SECONDS));
            assertTrue(Iou.percent(p.mask(0), seeded.state().mask().selected()) >= 90);
            assertEquals(plainClick.points(), seeded.points(), "the same sampled point is clicked");
        }
    }

    @Test
    void proposalsNeedAnEmbedding() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> SessionConfig.method(SegmentationMethod.heatmap())
                        .withProposals(ProposalParams.DEFAULTS));
        assertTrue(e.getMessage().contains("proposals need an embedding"), e.getMessage());
    }
}
